using System.Text;

namespace ConflictDb.Parity;

/// <summary>A CSV of a parity case is malformed; the message names file, line and column.</summary>
public sealed class CaseCsvException(string message) : ConflictDbException(message);

/// <summary>One field: its text, and whether it was the NULL marker (an unquoted <c>\N</c>).</summary>
public readonly record struct CsvField(string Value, bool IsNull);

/// <summary>One record and the 1-based line of the file it starts on.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<CsvField> Fields);

/// <summary>
/// Reader of the parity-case CSV format (../shared/spec/parity-cases.md): UTF-8, comma, header row, RFC 4180
/// quoting, unquoted <c>\N</c> is NULL, an empty field is the empty string. Streams; never holds a file.
/// </summary>
public sealed class CaseCsvReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly string _file;
    private int _line = 1;

    public CaseCsvReader(string file)
    {
        _file = file;
        _reader = new StreamReader(file, new UTF8Encoding(false, true));
        var header = ReadRecord() ?? throw new CaseCsvException($"{file}: line 1: the header row is missing");
        Header = header.Fields.Select(f => f.Value).ToList();
        var duplicate = Header.GroupBy(h => h).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new CaseCsvException($"{file}: line 1, column \"{duplicate.Key}\": named twice in the header");
    }

    public IReadOnlyList<string> Header { get; }

    public string File => _file;

    /// <summary>The data records; each has exactly as many fields as the header, or the reader throws naming the line.</summary>
    public IEnumerable<CsvRecord> Records()
    {
        while (ReadRecord() is { } record)
        {
            if (record.Fields.Count == 1 && record.Fields[0].Value.Length == 0 && !record.Fields[0].IsNull) continue;
            if (record.Fields.Count != Header.Count)
            {
                throw new CaseCsvException($"{_file}: line {record.Line}: {record.Fields.Count} field(s), but the header names {Header.Count}");
            }
            yield return record;
        }
    }

    private CsvRecord? ReadRecord()
    {
        var start = _line;
        var fields = new List<CsvField>();
        var field = new StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        int c = _reader.Read();
        if (c < 0) return null;
        while (true)
        {
            if (c < 0)
            {
                if (quoted) throw new CaseCsvException($"{_file}: line {start}: a quoted field is never closed");
                fields.Add(End(field, wasQuoted));
                return new CsvRecord(start, fields);
            }
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (_reader.Peek() == '"')
                    {
                        field.Append('"');
                        _reader.Read();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (ch == '\n') _line++;
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                if (field.Length > 0) throw new CaseCsvException($"{_file}: line {_line}, field {fields.Count + 1}: a quote inside an unquoted field");
                quoted = true;
                wasQuoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(End(field, wasQuoted));
                wasQuoted = false;
            }
            else if (ch == '\r' && _reader.Peek() == '\n')
            {
                // CRLF: the \n ends the record.
            }
            else if (ch == '\n')
            {
                _line++;
                fields.Add(End(field, wasQuoted));
                return new CsvRecord(start, fields);
            }
            else
            {
                if (wasQuoted) throw new CaseCsvException($"{_file}: line {_line}, field {fields.Count + 1}: text after a closing quote");
                field.Append(ch);
            }
            c = _reader.Read();
        }
    }

    private static CsvField End(StringBuilder field, bool wasQuoted)
    {
        var value = field.ToString();
        field.Clear();
        return new CsvField(value, !wasQuoted && value == "\\N");
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>Writes one field in PostgreSQL COPY CSV form with NULL '\N'.</summary>
    public static void WriteCopyField(TextWriter writer, CsvField field)
    {
        if (field.IsNull)
        {
            writer.Write("\\N");
            return;
        }
        var v = field.Value;
        if (v.Length == 0 || v == "\\N" || v.AsSpan().IndexOfAny(",\"\r\n\\") >= 0)
        {
            writer.Write('"');
            writer.Write(v.Replace("\"", "\"\""));
            writer.Write('"');
        }
        else
        {
            writer.Write(v);
        }
    }
}
