using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace SearchEngine.Core.Schema;

/// <summary>
/// The Lucene document <see cref="PaperDocumentMapper"/> fills: either new fields for every paper, or one document
/// whose field objects are kept and given new values for the next paper (one set per indexing thread).
/// </summary>
/// <remarks>
/// why reuse: a paper is about 25 field objects (plus their token-stream and doc-values holders); Lucene reads a
/// document only during <c>AddDocument</c>, so an indexing thread can refill the same objects (Lucene's own advice
/// for bulk indexing), which removes most of the per-paper garbage the mapper makes. Not thread-safe when reused.
/// </remarks>
internal sealed class DocumentFields(bool reuse)
{
    private readonly Dictionary<string, (List<Field> Fields, int Used)> _byName = new(StringComparer.Ordinal);

    public Document Document { get; private set; } = new();

    /// <summary>Starts the next paper's document (empties the reused one, or makes a new one).</summary>
    public void Start()
    {
        if (!reuse)
        {
            Document = new Document();
            return;
        }
        Document.Fields.Clear();
        foreach (var name in _byName.Keys) _byName[name] = (_byName[name].Fields, 0);
    }

    public void String(string name, string value, Field.Store store) =>
        Add(name, store == Field.Store.YES ? Kind.StoredString : Kind.String, value, 0);

    public void Text(string name, string value) => Add(name, Kind.Text, value, 0);

    /// <summary>A person's name: analyzed like text, without a length norm (<see cref="NameType"/>).</summary>
    public void Name(string name, string value) => Add(name, Kind.Name, value, 0);

    public void Stored(string name, string value) => Add(name, Kind.Stored, value, 0);

    public void Sorted(string name, string value) => Add(name, Kind.Sorted, value, 0);

    public void SortedSet(string name, string value) => Add(name, Kind.SortedSet, value, 0);

    public void Int32(string name, int value) => Add(name, Kind.Int32, null, value);

    public void Numeric(string name, long value) => Add(name, Kind.Numeric, null, value);

    private enum Kind { String, StoredString, Text, Name, Stored, Sorted, SortedSet, Int32, Numeric }

    // why one kind per name: every field name of the schema has exactly one field type (PaperFields).
    private void Add(string name, Kind kind, string? text, long number)
    {
        if (!reuse)
        {
            Document.Add(Create(name, kind, text, number));
            return;
        }
        if (!_byName.TryGetValue(name, out var slot)) slot = ([], 0);
        Field field;
        if (slot.Used < slot.Fields.Count)
        {
            field = slot.Fields[slot.Used];
            Refill(field, kind, text, number);
        }
        else
        {
            field = Create(name, kind, text, number);
            slot.Fields.Add(field);
        }
        _byName[name] = (slot.Fields, slot.Used + 1);
        Document.Add(field);
    }

    // why: one author field holds every author of a paper, so a length norm would score a name match lower the more
    // co-authors a paper has; a match on a name is as good on a paper of eight authors as on a paper of one.
    private static readonly FieldType NameType = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { OmitNorms = true });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    private static Field Create(string name, Kind kind, string? text, long number) => kind switch
    {
        Kind.String => new StringField(name, text, Field.Store.NO),
        Kind.StoredString => new StringField(name, text, Field.Store.YES),
        Kind.Text => new TextField(name, text, Field.Store.NO),
        Kind.Name => new Field(name, text, NameType),
        Kind.Stored => new StoredField(name, text),
        Kind.Sorted => new SortedDocValuesField(name, new BytesRef(text)),
        Kind.SortedSet => new SortedSetDocValuesField(name, new BytesRef(text)),
        Kind.Int32 => new Int32Field(name, (int)number, Field.Store.NO),
        _ => new NumericDocValuesField(name, number),
    };

    private static void Refill(Field field, Kind kind, string? text, long number)
    {
        switch (kind)
        {
            case Kind.Sorted or Kind.SortedSet:
                field.SetBytesValue(new BytesRef(text));
                break;
            case Kind.Int32:
                field.SetInt32Value((int)number);
                break;
            case Kind.Numeric:
                field.SetInt64Value(number);
                break;
            default:
                field.SetStringValue(text);
                break;
        }
    }
}
