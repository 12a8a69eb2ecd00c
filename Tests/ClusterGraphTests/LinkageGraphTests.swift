import ClusterGraph
import Testing

@Suite struct LinkageGraphTests {
    @Test func directedGraphHasSortedMergedRowsAndReverseAdjacency() {
        var builder = LinkageGraphBuilder(directed: true)
        builder.addLink(from: "b", to: "c", weight: 2)
        builder.addLink(from: "a", to: "c", weight: 1)
        builder.addLink(from: "a", to: "b", weight: 4)
        builder.addLink(from: "a", to: "c", weight: 0.5)   // parallel: merged by summing
        let graph = builder.build()
        let a = graph.index(of: "a")!, b = graph.index(of: "b")!, c = graph.index(of: "c")!
        #expect(graph.nodeCount == 3)
        #expect(graph.linkCount == 3)
        #expect(Array(graph.successors(of: a)) == [Int32(b), Int32(c)].sorted())
        #expect(graph.weight(from: a, to: c) == 1.5)
        #expect(graph.weight(from: c, to: a) == nil)
        #expect(Set(graph.predecessors(of: c)) == [Int32(a), Int32(b)])
        #expect(graph.inDegree(of: a) == 0)
    }

    @Test func undirectedGraphStoresBothDirectionsAndSelfLoopsOnce() {
        var builder = LinkageGraphBuilder(directed: false)
        builder.addLink(from: "x", to: "y", weight: 3)
        builder.addLink(from: "y", to: "x", weight: 1)
        builder.addLink(from: "y", to: "y", weight: 7)
        let graph = builder.build()
        let x = graph.index(of: "x")!, y = graph.index(of: "y")!
        #expect(graph.linkCount == 2)
        #expect(graph.weight(from: x, to: y) == 4)
        #expect(graph.weight(from: y, to: x) == 4)
        #expect(graph.weight(from: y, to: y) == 7)
        #expect(graph.outDegree(of: y) == 2)
    }

    @Test func nodeAttributesKeepMissingValuesMissing() {
        var builder = LinkageGraphBuilder(directed: true)
        builder.addNode(NodeRecord(key: "16", label: "Wood", attributes: ["output": .number(7_000), "note": .text("sawmills")]))
        builder.addNode(NodeRecord(key: "17_18"))
        let graph = builder.build()
        #expect(graph.attributes.number("output", at: 0) == 7_000)
        #expect(graph.attributes.number("output", at: 1) == nil)
        #expect(graph.attributes.value("note", at: 0) == .text("sawmills"))
        #expect(graph.labels == ["Wood", nil])
    }
}

@Suite struct PartitionTests {
    @Test func idsFollowSmallestMemberKey() {
        let keys = ["b", "c", "a", "d"]
        let partition = Partition(assignment: [7, 7, 3, 9], keys: keys)
        #expect(partition.assignment == [1, 1, 0, 2])
        #expect(partition.communityCount == 3)
        #expect(partition.members(keys: keys) == [["a"], ["b", "c"], ["d"]])
    }

    @Test func labelsAreRenumberedInOrderOfFirstAppearance() {
        #expect([Int32(2), 2, 0, 1].denseRelabelled() == ([0, 0, 1, 2], 3))
        #expect([7, 7, 3, 9].denseRelabelled() == ([0, 0, 1, 2], 3))
        #expect([Int]().denseRelabelled() == ([], 0))
    }

    @Test func smallLabelsAndLargeLabelsGiveTheSameIds() {
        let keys = ["b", "c", "a", "d"]
        // 0..<4 takes the array path, -5 and 1_000 the dictionary path.
        #expect(Partition(assignment: [2, 2, 0, 1], keys: keys) == Partition(assignment: [-5, -5, 1_000, 3], keys: keys))
        #expect(Partition(assignment: [2, 2, 0, 1], keys: keys).assignment == [1, 1, 0, 2])
    }

    @Test func keyOrderIsByScalarNotLocale() {
        #expect(Partition.keyPrecedes("Z", "a"))
        #expect(Partition.keyPrecedes("a", "ä"))
        #expect(Partition.keyPrecedes("Ж", "Я"))
        // Byte order equals scalar order, also across the BMP boundary and for prefixes.
        // Keys over 15 bytes are stored out of line, shorter ones inline; both are compared.
        let samples = ["", "a", "ab", "a\u{0}", "ä", "Я", "\u{FFFF}", "\u{10000}", "😀", "中", "Z", "z1", "z10",
                       "Paper, pulp and printing", "Paper, pulp and print", "Ярославская область", "Ярославская обл"]
        for a in samples {
            for b in samples {
                #expect(Partition.keyPrecedes(a, b) == a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars), "\(a) \(b)")
            }
        }
    }
}
