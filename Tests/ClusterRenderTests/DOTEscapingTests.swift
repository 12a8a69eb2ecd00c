import CGraphviz
import ClusterGraph
@testable import ClusterRender
import Testing

@Suite struct DOTEscapingTests {
    static let hostile = ["say \"hi\"", #"C:\temp\"#, "<b>bold</b>", "close}", #"\N\l"#, "A&amp;B", "x;y=[z]", "Äänekoski–Лес"]

    @Test func quotedEscapesQuotesBackslashesEntitiesAndLineBreaks() {
        #expect(DOTEscaping.quoted("say \"hi\"") == #""say \"hi\"""#)
        #expect(DOTEscaping.quoted(#"C:\temp\"#) == #""C:\\temp\\""#)
        #expect(DOTEscaping.quoted("A&B") == #""A&amp;B""#)
        #expect(DOTEscaping.quoted("one\ntwo\r\nthree") == #""one\ntwo\nthree""#)
        #expect(DOTEscaping.quoted("tab\there\u{7}") == #""tab here ""#)
        #expect(DOTEscaping.quoted("Лес ja Äänekoski") == "\"Лес ja Äänekoski\"")
    }

    @Test func htmlEscapesMarkup() {
        #expect(DOTEscaping.html("R&D <core> \"x\"\nnext") == "R&amp;D &lt;core&gt; &quot;x&quot;<BR/>next")
    }

    @Test func hostileLabelsComeOutOfGraphvizVerbatim() throws {
        var builder = LinkageGraphBuilder(directed: true)
        for (position, label) in Self.hostile.enumerated() { builder.addNode(key: "k\(position)", label: label) }
        builder.addNode(key: "nl", label: "first\nsecond")
        builder.addLink(from: "k0", to: "k1", weight: 2)
        let diagram = LinkageDiagram.make(graph: builder.build(), options: LinkageDiagramOptions(title: "Title <with> \"quotes\" & }"),
                                          engine: .dot)
        let svg = try diagram.render(format: .svg)
        let contents = try #require(SVGContents.parse(svg))
        for label in Self.hostile { #expect(contents.texts.contains(label), "label \(label) missing from \(contents.texts)") }
        #expect(contents.texts.contains("first") && contents.texts.contains("second"))
        #expect(contents.texts.contains("Title <with> \"quotes\" & }"))
    }

    @Test func keysThatCannotBeDOTIdentifiersStillRender() throws {
        var builder = LinkageGraphBuilder(directed: false)
        builder.addLink(from: #"ends with \"#, to: "quote\" } {", weight: 1)
        let svg = try LinkageDiagram.make(graph: builder.build()).render(format: .svg)
        let contents = try #require(SVGContents.parse(svg))
        #expect(contents.texts.contains(#"ends with \"#))
        #expect(contents.texts.contains("quote\" } {"))
    }

    @Test func numbersAreWrittenWithoutExponentsOrLocale() {
        #expect(DOTValue.number(1e-7).literal == "0")
        #expect(DOTValue.number(12_345_678.125).literal == "12345678.125")
        #expect(DOTValue.number(2.5).literal == "2.5")
        #expect(DOTValue.number(-0.00001).literal == "0")
    }

    // MARK: - Literal text for ids and plain attributes

    static let identifiers = [#"a\b"#, "c&amp;d", "e&f", #"say "hi""#, #"ends\"#, #"two\\"#, "line\nbreak", "crlf\r\nend",
                              #"odd\"quote"#, #"even\\"quote"#, "tab\there", "<b>tag</b>", "Лес ja Äänekoski", "", "\u{1B}[0m"]

    @Test func literalQuotesAndEscapesOnlyTheQuote() {
        #expect(DOTEscaping.literal("A&B") == #""A&B""#)
        #expect(DOTEscaping.literal(#"C:\temp"#) == #""C:\temp""#)
        #expect(DOTEscaping.literal(#"say "hi""#) == #""say \"hi\"""#)
        #expect(DOTEscaping.literal("one\ntwo") == "\"one\ntwo\"")
        #expect(DOTEscaping.literal(#"ends\"#) == #"<ends\>"#)
        #expect(DOTEscaping.literal(#"a<\"#) == nil)
        #expect(DOTEscaping.literal("nul\u{0}") == nil)
    }

    /// What ``DOTEscaping/literal(_:)`` writes, Graphviz's parser (agmemread, through the shim's
    /// reader) reads back as the same node name and attribute value.
    @Test func literalTextReadsBackThroughGraphvizUnchanged() throws {
        let lines = Self.identifiers.enumerated().map { index, text in
            "  \(DOTEscaping.literal(text) ?? "") [kind=\(DOTEscaping.literal("kind \(index) " + text) ?? "")]"
        }
        let document = "digraph G {\n" + lines.joined(separator: "\n") + "\n}\n"
        // Under the renderer's lock: other tests render at the same time, and the parser is global.
        let names = try GraphvizRenderer.shared.withExclusiveAccess { () throws -> [String: String] in
            let graph = try #require(document.withCString { clusternet_read_graph($0) })
            defer { agclose(graph) }
            var names: [String: String] = [:]
            var node = agfstnode(graph)
            while let current = node {
                let name = String(cString: agnameof(UnsafeMutableRawPointer(current)))
                var attribute = Array("kind".utf8CString)
                names[name] = attribute.withUnsafeMutableBufferPointer { agget(UnsafeMutableRawPointer(current), $0.baseAddress) }
                    .map { String(cString: $0) }
                node = agnxtnode(graph, current)
            }
            return names
        }
        for (index, text) in Self.identifiers.enumerated() {
            #expect(names[text] == "kind \(index) " + text, "\(text.debugDescription) did not read back")
        }
    }
}
