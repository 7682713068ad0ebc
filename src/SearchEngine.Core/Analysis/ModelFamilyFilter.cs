using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchEngine.Core.Analysis;

/// <summary>
/// For a versioned model name (<c>GhostNetV2</c>, <c>YOLOv6</c>, <c>ResNet50</c>) also emits its family name
/// (<c>GhostNet</c>, <c>YOLO</c>, <c>ResNet</c>) at the same position, so a search for the family finds every
/// version — word-delimiter splitting alone yields <c>ghost</c>/<c>net</c>/<c>v</c>/<c>2</c> but not <c>ghostnet</c>.
/// </summary>
public sealed partial class ModelFamilyFilter : TokenFilter
{
    // A family of at least three characters ending in a letter, then an optional v/V and a version number.
    [GeneratedRegex(@"^(?<family>[\p{L}][\p{L}\p{N}]*?\p{L})[vV]?\d+(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionedName();

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly ITypeAttribute _type;

    /// <summary>Token type of an added family token; queries skip it (see <c>QueryCompiler</c>).</summary>
    public const string FamilyType = "<FAMILY>";
    private State? _pending;
    private string? _family;

    public ModelFamilyFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending is not null)
        {
            RestoreState(_pending);
            _pending = null;
            _term.SetEmpty().Append(_family);
            _position.PositionIncrement = 0;
            _type.Type = FamilyType;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        var text = _term.ToString();
        // why: only mixed letter+digit tokens qualify; checking the last char first keeps the common case cheap.
        if (text.Length > 3 && char.IsAsciiDigit(text[^1]) && char.IsLetter(text[0]))
        {
            var match = VersionedName().Match(text);
            if (match.Success && match.Groups["family"].Length >= 3 && HasUpperOrIsLong(match.Groups["family"].Value))
            {
                _family = match.Groups["family"].Value;
                _pending = CaptureState();
            }
        }
        return true;
    }

    // why: "covid19" or "top5" are not model families worth a token; names like YOLO or GhostNet carry capitals.
    private static bool HasUpperOrIsLong(string family) => family.Any(char.IsUpper);

    public override void Reset()
    {
        base.Reset();
        _pending = null;
        _family = null;
    }
}
