using System.Text;
using NewsQuality.Input;

namespace NewsQuality.Core.Tests.Input;

/// <summary>
/// The JSON Lines reader parses a line's UTF-8 bytes with a reader (<see cref="JsonLinesReader.ParseUtf8"/>) instead of
/// decoding it and parsing a document (<see cref="JsonLinesReader.ParseLine"/>): every line it takes must give what the
/// document parse gives, articles and errors (messages included) alike.
/// </summary>
public class JsonLinesBytesTests
{
    private static readonly string[] Handwritten =
    [
        """{"id":"a","title":"T","text":"Body.","url":"https://x.org/a","source":"s","published":"2021-12-07","labels":["NQ2001","NQ1001"]}""",
        """  {"text":"No title or id."}  """,
        """{"id":7,"title":"Number id","text":"Body"}""",
        """{"id":-1.5e3,"text":"Exponent id","url":12,"source":true,"published":null}""",
        """{"id":"dup","text":"first","text":"second","title":"A","title":"B"}""",
        """{"text":"ok","text":5}""",
        """{"text":"ok","text":{"nested":"x"}}""",
        """{"t\u0065xt":"escaped name","\u0069d":"x"}""",
        """{"title":"Caf\u00e9 \"quoted\" \\ back\/slash \n line","text":"Tab\there \ud83d\ude00 emoji"}""",
        """{"text":"Body \uDDDD lone"}""",
        """{"title":"Body \uDDDD lone","text":"fine"}""",
        """{"other":"Body \uDDDD lone","text":"fine"}""",
        """{"labels":["a","\uDDDD"],"text":"x"}""",
        // Escaped values share the reader's unescaping buffer: repeated escaped names, a failure before and after a good one.
        """{"title":"\u00e9a","text":"b\nc","title":"\u00e9\u00e9d","text":"\u00e9\ne","id":"\u0069d","url":"\/u"}""",
        """{"text":"Body \uDDDD lone","text":"good \n one"}""",
        """{"text":"good \n one","text":"Body \uDDDD lone"}""",
        """{"text":"Body \uDDDD lone","text":"unescaped"}""",
        """{"title":"\n","text":"\n"}""",
        """{"title":"","text":"\u00e9 escaped, no title"}""",
        """{"title":"T","text":-2.5e1}""",
        """{"text":"\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\\"}""",
        """{"labels":["a",1,null,["b"],{"c":"d"},"e"],"text":"x"}""",
        """{"labels":"not an array","text":"x"}""",
        """{"labels":[],"text":"x","labels":["late"]}""",
        """{"text":"x","meta":{"text":"inner","id":"inner"},"deep":[[[[{"a":[1,2,{"b":"c"}]}]]]]}""",
        """{"id":"no text"}""",
        """{"text":null}""",
        """{"text":"trailing comma",}""",
        """{"text":"two values"} {"text":"b"}""",
        """{"text":"trailing garbage"} x""",
        """{"text":"unterminated""",
        """{"text":"bad escape \q"}""",
        """{"text":"control""" + "\u0001" + """ char"}""",
        """{'text':'single quotes'}""",
        """{"text":"comment"} // c""",
        """{"text":"x","n":01}""",
        """{"text":"x","n":1.}""",
        """{"text":"x","n":NaN}""",
        """{"text":"Straße — “curly” 日本語 ﻿ BOM inside"}""",
        """{"published":"not a date","text":"x"}""",
        """{"published":20211207,"text":"x"}""",
        """{}""",
        """{"text":"x"}""" + "\t ",
    ];

    [Fact]
    public void Every_line_the_byte_parse_takes_reads_as_the_document_parse_reads_it()
    {
        var taken = 0;
        foreach (var line in Handwritten.Concat(Nested()).Concat(Random(400)))
            taken += Same(line) ? 1 : 0;
        Assert.True(taken >= Handwritten.Length + 300, $"only {taken} lines were taken by the byte parse");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    [InlineData("\u00a0{\"text\":\"x\"}")]
    [InlineData("{\"text\":\"x\0\"}")]
    public void Lines_that_are_not_an_object_after_json_white_space_or_hold_a_nul_go_the_string_way(string line) =>
        Assert.Null(JsonLinesReader.ParseUtf8("f.jsonl", 1, Encoding.UTF8.GetBytes(line)));

    [Fact]
    public void Invalid_utf8_goes_the_string_way_where_it_is_replaced()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"text\":\"ab\"}");
        bytes[10] = 0xFF;
        Assert.Null(JsonLinesReader.ParseUtf8("f.jsonl", 1, bytes));
        var read = new JsonLinesReader().Read("f.jsonl", () => new MemoryStream(bytes), new ReaderOptions()).Single();
        Assert.Equal("a\uFFFD", read.Article!.Text);
    }

    [Fact]
    public void Lines_split_across_chunks_and_lines_inside_one_read_alike()
    {
        // Long lines cross the reader's 64 KB chunks (copied), short ones are returned from the chunk itself.
        var lines = Enumerable.Range(0, 60).Select(i => $"{{\"id\":\"a{i}\",\"text\":\"{new string((char)('a' + i % 26), i * 997 % 9000 + 1)}\"}}").ToList();
        var bytes = Encoding.UTF8.GetBytes("\uFEFF" + string.Join("\r\n", lines) + "\n\n  \n");
        var read = new JsonLinesReader().Read("f.jsonl", () => new MemoryStream(bytes), new ReaderOptions()).ToList();
        Assert.Equal(60, read.Count);
        for (var i = 0; i < 60; i++)
        {
            Assert.Equal($"a{i}", read[i].Article!.Id);
            Assert.Equal(new string((char)('a' + i % 26), i * 997 % 9000 + 1), read[i].Article!.Text);
            Assert.Equal(i + 1, read[i].Article!.Origin.RecordLine);
        }
    }

    /// <summary>Whether the byte parse took the line; asserts it read it as the document parse does when it did.</summary>
    private static bool Same(string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        var fast = JsonLinesReader.ParseUtf8("f.jsonl", 3, bytes);
        if (fast is not { } got) return false;
        var want = JsonLinesReader.ParseLine("f.jsonl", 3, Encoding.UTF8.GetString(bytes), new ReaderOptions());
        Assert.True(Describe(want) == Describe(got), $"line {line}\nwant {Describe(want)}\ngot  {Describe(got)}");
        return true;
    }

    private static string Describe(ReadResult result)
    {
        if (result.Error is { } error) return $"error {error}";
        var a = result.Article!;
        return $"article id={a.Id}|origin={a.Origin}|title={a.TitleSpan}|text={a.Text}|url={a.Url}|source={a.Source}|published={a.Published:O}|labels={(a.Labels is null ? "null" : "[" + string.Join(",", a.Labels) + "]")}";
    }

    private static IEnumerable<string> Nested()
    {
        foreach (var depth in new[] { 1, 62, 63, 64, 65, 70 })
            yield return "{\"text\":\"x\",\"deep\":" + new string('[', depth) + new string(']', depth) + "}";
    }

    /// <summary>Random records: the fields in random order, repeated, with values of every kind, escapes and broken syntax now and then.</summary>
    private static IEnumerable<string> Random(int count)
    {
        var random = new Random(19);
        string[] names = ["id", "title", "text", "url", "published", "source", "labels", "other", "te\\u0078t", "ID"];
        string[] pieces = ["word", " ", "é", "\\n", "\\\"", "\\\\", "\\u00e9", "\\ud83d\\ude00", "\\uDDDD", "“", "日本", "\\t", "2021-03-04", "\\/"];
        string Str()
        {
            var sb = new StringBuilder("\"");
            for (var i = random.Next(0, 8); i > 0; i--) sb.Append(pieces[random.Next(pieces.Length)]);
            return sb.Append('"').ToString();
        }
        string Value(int depth) => random.Next(12) switch
        {
            < 5 => Str(),
            5 => random.Next(-1000, 1000).ToString(),
            6 => "1.5e-3",
            7 => random.Next(2) == 0 ? "true" : "null",
            8 when depth < 3 => "[" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => Value(depth + 1))) + "]",
            9 when depth < 3 => "{" + string.Join(",", Enumerable.Range(0, random.Next(3)).Select(_ => $"\"{names[random.Next(names.Length)]}\":{Value(depth + 1)}")) + "}",
            _ => Str(),
        };
        for (var n = 0; n < count; n++)
        {
            var fields = Enumerable.Range(0, random.Next(1, 8)).Select(_ => $"\"{names[random.Next(names.Length)]}\" : {Value(0)}").ToList();
            if (random.Next(3) > 0) fields.Insert(random.Next(fields.Count + 1), $"\"text\":{Str()}");
            var line = "{" + string.Join(random.Next(5) == 0 ? " , " : ",", fields) + "}";
            switch (random.Next(20))
            {
                case 0: line = line[..random.Next(1, line.Length)]; break;
                case 1: line = line.Insert(random.Next(1, line.Length), ",");  break;
                case 2: line += random.Next(2) == 0 ? "x" : " {}"; break;
            }
            yield return line;
        }
    }
}
