using System.Text.RegularExpressions;

namespace SearchEngine.Core.Ingest;

/// <summary>
/// One spelling per journal for the venue facet. arXiv's free-text <c>journal-ref</c> writes the same journal as
/// <c>Phys.Rev.Lett.</c>, <c>Phys. Rev. Lett.</c>, <c>Physical Review B</c> or <c>PHYSICAL REVIEW A</c>. The canonical
/// form is the abbreviated one with one space after each dot (<c>Phys. Rev. Lett.</c>): dots get a following space,
/// runs of spaces and stray dashes collapse, a trailing volume word (<c>vol.</c>, <c>Volume</c>, <c>No.</c>) and
/// punctuation go, and a full name in <see cref="Abbreviations"/> is replaced by its abbreviation (case-insensitive,
/// as a leading whole-word prefix, so <c>Physical Review B</c> → <c>Phys. Rev. B</c>).
/// </summary>
public static partial class JournalNames
{
    /// <summary>
    /// Full journal names (or name prefixes) → the abbreviation arXiv authors mostly use. Longer names first, so
    /// <c>Physical Review Letters</c> wins over <c>Physical Review</c>. Small on purpose: add a row when a corpus
    /// shows a journal under two names.
    /// </summary>
    public static IReadOnlyList<(string Full, string Abbreviation)> Abbreviations { get; } =
    [
        ("Physical Review Letters", "Phys. Rev. Lett."),
        ("Physical Review", "Phys. Rev."),
        ("Physics Letters", "Phys. Lett."),
        ("Nuclear Physics", "Nucl. Phys."),
        ("Journal of High Energy Physics", "JHEP"),
        ("Journal of Cosmology and Astroparticle Physics", "JCAP"),
        ("Journal of Physics", "J. Phys."),
        ("Journal of Mathematical Physics", "J. Math. Phys."),
        ("Journal of Chemical Physics", "J. Chem. Phys."),
        ("Journal of Applied Physics", "J. Appl. Phys."),
        ("Astrophysical Journal Supplement", "ApJS"),
        ("Astrophysical Journal", "Astrophys. J."),
        ("Astronomy and Astrophysics", "Astron. Astrophys."),
        ("Astronomy & Astrophysics", "Astron. Astrophys."),
        ("Monthly Notices of the Royal Astronomical Society", "Mon. Not. Roy. Astron. Soc."),
        ("Classical and Quantum Gravity", "Class. Quant. Grav."),
        ("European Physical Journal", "Eur. Phys. J."),
        ("Progress of Theoretical Physics", "Prog. Theor. Phys."),
        ("International Journal of Modern Physics", "Int. J. Mod. Phys."),
        ("Communications in Mathematical Physics", "Commun. Math. Phys."),
    ];

    public static string Normalize(string venue)
    {
        var name = DotThenLetter().Replace(venue, ". ");
        name = StrayDash().Replace(name, " ");
        name = Spaces().Replace(name, " ").Trim();
        name = TrailingVolume().Replace(name, "").Trim().TrimEnd(',', ';', ':', '(', '-', ' ');
        foreach (var (full, abbreviation) in Abbreviations)
        {
            if (name.StartsWith(full, StringComparison.OrdinalIgnoreCase)
                && (name.Length == full.Length || !char.IsLetter(name[full.Length])))
            {
                name = abbreviation + name[full.Length..];
                break;
            }
        }
        return name.Length > 0 ? name : venue.Trim();
    }

    [GeneratedRegex(@"\.(?=[A-Za-z])")]
    private static partial Regex DotThenLetter();

    [GeneratedRegex(@"\s+-\s+")]
    private static partial Regex StrayDash();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[,\s]+(vol|volume|v|no|pp)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingVolume();
}
