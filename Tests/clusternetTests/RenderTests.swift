import Foundation
import Testing
import TestSupport

/// End to end: `clusternet render` on a small imported graph.
@Suite struct RenderTests {
    private static func database(in directory: TemporaryDirectory) throws -> String {
        let database = directory.path("render.sqlite")
        let links = try directory.write("links.csv", """
            source,target,weight
            forest,wood,120
            wood,paper,300
            paper,chemicals,40
            chemicals,paper,55
            machinery,paper,80
            forest,paper,30
            """)
        let nodes = try directory.write("nodes.csv", """
            key,label,output
            forest,Metsätalous,900
            wood,"Puu ""sahat"" & <vaneri>",1500
            paper,Бумага,4000
            chemicals,Chemicals,2200
            machinery,Machinery,1800
            """)
        for arguments in [["import", "links", links, "--graph", "g"], ["import", "nodes", nodes, "--graph", "g"]] {
            let result = try ClusterNetCLI.run(arguments + ["--db", database])
            #expect(result.status == 0, "\(result.standardError)")
        }
        return database
    }

    @Test func formatFollowsTheExtensionAndLabelsSurvive() throws {
        let directory = try TemporaryDirectory()
        let database = try Self.database(in: directory)
        for (file, signature) in [("g.svg", Array("<?xml".utf8)), ("g.png", [0x89, 0x50, 0x4E, 0x47]), ("g.pdf", Array("%PDF-".utf8)),
                                  ("g.dot", Array("digraph".utf8))] {
            let result = try ClusterNetCLI.run(["render", "--graph", "g", "--output", directory.path(file), "--db", database])
            #expect(result.status == 0, "\(result.standardError)")
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: directory.path(file))))
            #expect(bytes.starts(with: signature), "\(file) does not start with its signature")
        }
        let svg = try String(contentsOfFile: directory.path("g.svg"), encoding: .utf8)
        #expect(svg.contains("Бумага"))
        #expect(svg.contains("Metsätalous"))
        #expect(svg.contains("Puu &quot;sahat&quot; &amp; &lt;vaneri&gt;") || svg.contains("Puu \"sahat\" &amp; &lt;vaneri&gt;"))
    }

    @Test func sameCommandSameBytes() throws {
        let directory = try TemporaryDirectory()
        let database = try Self.database(in: directory)
        for format in ["svg", "png", "pdf"] {
            let arguments = ["render", "--graph", "g", "--engine", "sfdp", "--format", format, "--db", database]
            let first = try ClusterNetCLI.run(arguments + ["--output", directory.path("a.\(format)")])
            let second = try ClusterNetCLI.run(arguments + ["--output", directory.path("b.\(format)")])
            #expect(first.status == 0 && second.status == 0)
            let a = try Data(contentsOf: URL(fileURLWithPath: directory.path("a.\(format)")))
            let b = try Data(contentsOf: URL(fileURLWithPath: directory.path("b.\(format)")))
            #expect(a == b, "\(format) output differs between runs")
        }
    }

    /// fdp with cluster boxes and sfdp, on a graph big enough that Graphviz 2.43's own `fdp`
    /// command gives a different drawing on nearly every run: two processes, same bytes.
    @Test(arguments: [["--engine", "fdp", "--partition", "parts"], ["--engine", "sfdp"]])
    func forceDirectedLayoutsAreTheSameInEveryProcess(options: [String]) throws {
        let directory = try TemporaryDirectory()
        let database = directory.path("lfr.sqlite")
        for arguments in [["generate", "lfr", "--nodes", "120", "--average-degree", "6", "--max-degree", "15", "--min-community", "15",
                           "--max-community", "40", "--seed", "1", "--graph", "lfr"],
                          ["communities", "--graph", "lfr", "--method", "louvain", "--seed", "1", "--save", "parts"]] {
            let result = try ClusterNetCLI.run(arguments + ["--db", database])
            #expect(result.status == 0, "\(result.standardError)")
        }
        let runs = try (0..<2).map { _ in try ClusterNetCLI.run(["render", "--graph", "lfr", "--db", database] + options) }
        #expect(runs.allSatisfy { $0.status == 0 })
        #expect(runs[0].standardOutput.hasPrefix("<?xml"))
        #expect(runs[0].standardOutput == runs[1].standardOutput, "\(options) differs between processes")
        if options.contains("fdp") { #expect(runs[0].standardOutput.contains("class=\"cluster\"")) }
    }

    /// Over the 5,000-node limit without a partition: Louvain communities become the nodes.
    @Test func graphOverTheLimitIsAggregatedIntoCommunities() throws {
        let directory = try TemporaryDirectory()
        let database = directory.path("big.sqlite")
        let generated = try ClusterNetCLI.run(["generate", "lfr", "--nodes", "5001", "--average-degree", "6", "--max-degree", "20",
                                               "--min-community", "150", "--max-community", "400", "--seed", "2", "--graph", "big",
                                               "--db", database])
        #expect(generated.status == 0, "\(generated.standardError)")
        let result = try ClusterNetCLI.run(["render", "--graph", "big", "--db", database])
        #expect(result.status == 0, "\(result.standardError)")
        let note = try #require(result.standardError.split(separator: "\n").first { $0.contains("aggregated") })
        #expect(note.hasPrefix("note: The graph has 5,001 nodes, more than the drawing limit of 5,000, so it is aggregated into "))
        #expect(note.contains(" communities found by Louvain (seed 1): each is drawn as one node"))
        #expect(result.standardError.contains("(clusternet communities --graph big --method louvain --seed 1 --save NAME) and render with --partition NAME."))
        let words = note.split(separator: " ")
        let into = try #require(words.firstIndex(of: "into"))
        let communities = try #require(Int(words[into + 1]))
        #expect(communities > 5 && communities <= 50)
        // One SVG node per community, titled by its largest member, with its member count and the
        // next largest members (not the titled one again).
        #expect(result.standardOutput.components(separatedBy: "class=\"node\"").count - 1 == communities)
        #expect(result.standardOutput.contains(" members</text>"))
        #expect(result.standardOutput.contains(">also: n"))
        #expect(!result.standardOutput.contains(">largest: n"))
        // Communities saved once are drawn from the stored links without loading the graph: the
        // same picture from the same communities.
        let saved = try ClusterNetCLI.run(["communities", "--graph", "big", "--method", "louvain", "--seed", "1", "--save", "parts",
                                           "--format", "csv", "--db", database])
        #expect(saved.status == 0, "\(saved.standardError)")
        let fromSaved = try ClusterNetCLI.run(["render", "--graph", "big", "--partition", "parts", "--db", database])
        #expect(fromSaved.status == 0, "\(fromSaved.standardError)")
        #expect(fromSaved.standardError.contains("so it is aggregated into \(communities) clusters of partition 'parts'"))
        #expect(fromSaved.standardOutput.components(separatedBy: "class=\"node\"").count - 1 == communities)
        let everyNode = try ClusterNetCLI.run(["render", "--graph", "big", "--aggregate", "never", "--format", "dot", "--db", database])
        #expect(!everyNode.standardError.contains("aggregated"))
        #expect(everyNode.standardOutput.contains("\"n5000\""))
    }

    @Test func svgGoesToStandardOutputAndNotesToStandardError() throws {
        let directory = try TemporaryDirectory()
        let database = try Self.database(in: directory)
        let result = try ClusterNetCLI.run(["render", "--graph", "g", "--top", "1", "--title", "Forest <test>", "--db", database])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("<?xml"))
        #expect(result.standardOutput.contains("Forest &lt;test&gt;"))
        #expect(result.standardError.contains("note: Drawn:"))
    }

    @Test func pyramidUnderALead() throws {
        let directory = try TemporaryDirectory()
        let database = directory.path("pyramid.sqlite")
        let generated = try ClusterNetCLI.run(["generate", "pyramid", "--graph", "p", "--tiers", "5,40", "--db", database])
        #expect(generated.status == 0, "\(generated.standardError)")
        let result = try ClusterNetCLI.run(["render", "--graph", "p", "--lead", "lead", "--db", database])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("tier 2: 40 firms"))
    }

    @Test func badRequestsAreOneLineErrors() throws {
        let directory = try TemporaryDirectory()
        let database = try Self.database(in: directory)
        let unknownFormat = try ClusterNetCLI.run(["render", "--graph", "g", "--output", directory.path("g.jpeg"), "--db", database])
        #expect(unknownFormat.status != 0)
        #expect(unknownFormat.standardError.contains("Cannot tell the format"))
        let unknownLead = try ClusterNetCLI.run(["render", "--graph", "g", "--lead", "nobody", "--db", database])
        #expect(unknownLead.status == 1)
        #expect(unknownLead.standardError.hasPrefix("error: "))
    }
}
