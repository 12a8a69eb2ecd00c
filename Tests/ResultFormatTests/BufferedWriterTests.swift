import ResultFormat
import Testing

@Suite struct BufferedWriterTests {
    /// Counts the blocks it is handed: one per buffer, however many rows.
    final class CountingSink: ByteSink {
        var bytes: [UInt8] = []
        var writes = 0
        var finished = false
        func write(_ bytes: UnsafeRawBufferPointer) throws {
            self.bytes.append(contentsOf: bytes)
            writes += 1
        }
        func finish() throws { finished = true }
    }

    @Test func rowsReachTheSinkInBufferSizedBlocks() throws {
        let sink = CountingSink()
        let writer = BufferedWriter(sink, capacity: 1024)
        var expected = ""
        for row in 0..<10_000 {
            let line = "n\(row),n\(row + 1),\(row)\n"
            try writer.write(line)
            expected += line
        }
        let huge = String(repeating: "x", count: 5_000)
        try writer.write(huge)
        expected += huge
        try writer.finish()
        #expect(String(decoding: sink.bytes, as: UTF8.self) == expected)
        #expect(sink.finished)
        #expect(sink.writes <= expected.utf8.count / 1024 + 3)
    }

    @Test func csvFieldsAreQuotedWhereRFC4180AsksForIt() throws {
        #expect(try BufferedWriter.text { try $0.writeCSVField("plain") } == "plain")
        #expect(try BufferedWriter.text { try $0.writeCSVField("Quarry, north") } == "\"Quarry, north\"")
        #expect(try BufferedWriter.text { try $0.writeCSVField("say \"hi\"") } == "\"say \"\"hi\"\"\"")
        #expect(try BufferedWriter.text { try $0.writeCSVField("crlf\r\nline") } == "\"crlf\r\nline\"")
        // A quote followed by a combining mark is one Character but still a quote byte.
        #expect(try BufferedWriter.text { try $0.writeCSVField("q\"\u{301}") } == "\"q\"\"\u{301}\"")
        #expect(try BufferedWriter.text { try $0.writeCSVField("") } == "")
    }

    @Test func jsonStringsEscapeQuotesBackslashesAndControls() throws {
        #expect(try BufferedWriter.text { try $0.writeJSONString("a\"b\\c\nd\re\tf\u{1}g\u{1F}Лес") }
                == #""a\"b\\c\nd\re\tf\u0001g\u001fЛес""#)
    }

    @Test func streamedJSONIsTheSameBytesAsASerialisedValue() throws {
        let nodes: [JSONValue] = [.object([("id", .string("a")), ("size", .number(1.5)), ("tags", .array([]))]),
                                  .object([("id", .string("b\n")), ("empty", .object([]))])]
        let whole = JSONValue.object([("directed", .bool(true)), ("nodes", .array(nodes)), ("links", .array([]))])
        for pretty in [false, true] {
            let streamed = try BufferedWriter.text { writer in
                var document = try JSONObjectWriter(writer, pretty: pretty, indent: 0)
                try document.member("directed", .bool(true))
                try document.memberArray("nodes") { array in
                    try array.appendObject { object in
                        try object.member("id", .string("a"))
                        try object.member("size", .number(1.5))
                        try object.member("tags", .array([]))
                    }
                    try array.append(nodes[1])
                }
                try document.memberArray("links") { _ in }
                try document.finish()
            }
            #expect(streamed == whole.serialized(pretty: pretty))
        }
    }

    @Test func terminalTextShowsControlCharactersAsEscapes() {
        #expect(TerminalText.escaped("plain Лес") == "plain Лес")
        #expect(TerminalText.escaped("a\u{1B}[31mred\nb\tc\r\u{7F}\u{9B}") == "a\\u{1B}[31mred\\nb\\tc\\r\\u{7F}\\u{9B}")
    }
}
