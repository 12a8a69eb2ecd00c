import ClusterAssessment
import ClusterGraph

/// Small hand-made economies whose clusters land in known maturity classes.
enum Fixtures {
    /// Four clusters: A strong (export-oriented, tightly linked, balanced, R&D-intensive),
    /// B stable (large, growing, one dominant member), C potential (small, uneven, R&D-intensive),
    /// D latent (weak links, shrinking, no R&D).
    static func economy(scale: Double = 1, withExports: Bool = true, withRD: Bool = true, dOutput: Double = 40) -> LinkageGraph {
        var builder = LinkageGraphBuilder(directed: true)
        func sector(_ key: String, output: Double, exports: Double, rd: Double) {
            var attributes: [String: AttributeValue] = ["output": .number(output * scale)]
            if withRD { attributes["rd_intensity"] = .number(rd) }
            if withExports { attributes["exports"] = .number(exports * scale) }
            builder.addNode(NodeRecord(key: key, attributes: attributes))
        }
        sector("a1", output: 100, exports: 60, rd: 0.05)
        sector("a2", output: 60, exports: 30, rd: 0.05)
        sector("a3", output: 40, exports: 10, rd: 0.05)
        sector("b1", output: 300, exports: 15, rd: 0.01)
        sector("b2", output: 100, exports: 5, rd: 0.01)
        sector("c1", output: 30, exports: 1, rd: 0.08)
        sector("c2", output: 2, exports: 0, rd: 0.08)
        sector("d1", output: dOutput, exports: 1, rd: 0)
        sector("d2", output: dOutput, exports: 0.6, rd: 0)
        let flows: [(String, String, Double)] = [
            ("a1", "a2", 30), ("a2", "a1", 20), ("a3", "a1", 25), ("a1", "a3", 10), ("a1", "b1", 5),
            ("b1", "b2", 10), ("b1", "d1", 40), ("b2", "a1", 20), ("b2", "c1", 30),
            ("c2", "c1", 2), ("c1", "c2", 1), ("c1", "d2", 2),
            ("d1", "d2", 1), ("d1", "b1", 20), ("d2", "a2", 15),
        ]
        for (source, target, weight) in flows { builder.addLink(from: source, to: target, weight: weight * scale) }
        return builder.build()
    }

    /// Four clusters with world exports, one per class of the default rules when `earlier` is
    /// compared with `now`: A strong (RCA 2.8, 94 % of sales inside, balanced), B stable (not
    /// export-specialised, everything grows), C potential (c1 specialised, c2 not, output grows,
    /// exports fall), D latent (d1 specialised, weak links, shrinking); and z, a single sector.
    static func worldEconomy(earlier: Bool = false, withRD: Bool = true) -> LinkageGraph {
        var builder = LinkageGraphBuilder(directed: true)
        let scale = earlier ? 0.9 : 1
        func sector(_ key: String, output: Double, exports: Double, world: Double, rd: Double) {
            var attributes: [String: AttributeValue] = ["output": .number(output), "exports": .number(exports), "world_exports": .number(world)]
            if withRD { attributes["rd_intensity"] = .number(rd) }
            builder.addNode(NodeRecord(key: key, attributes: attributes))
        }
        sector("a1", output: 100 * scale, exports: 60 * scale, world: 100, rd: 0.05)
        sector("a2", output: 60 * scale, exports: 30 * scale, world: 50, rd: 0.05)
        sector("a3", output: 40 * scale, exports: 10 * scale, world: 20, rd: 0.05)
        sector("b1", output: 300 * scale, exports: 15 * scale, world: 200, rd: 0.005)
        sector("b2", output: 100 * scale, exports: 5 * scale, world: 100, rd: 0.005)
        sector("c1", output: 30 * scale, exports: earlier ? 1.5 : 1, world: 4, rd: 0.08)
        sector("c2", output: 2 * scale, exports: 0, world: 10, rd: 0.08)
        sector("d1", output: earlier ? 50 : 40, exports: 1, world: 4, rd: 0)
        sector("d2", output: earlier ? 50 : 40, exports: 0.6, world: 100, rd: 0)
        sector("z", output: 5, exports: 5, world: 1, rd: 0)
        let flows: [(String, String, Double)] = [
            ("a1", "a2", 30), ("a2", "a1", 20), ("a3", "a1", 25), ("a1", "a3", 10), ("a1", "b1", 5),
            ("b1", "b2", 10), ("b1", "d1", 40), ("b2", "a1", 2), ("b2", "c1", 30),
            ("c2", "c1", 2), ("c1", "c2", 1), ("c1", "d2", 2),
            ("d1", "d2", 1), ("d1", "b1", 20), ("d2", "a2", 3), ("z", "b1", 1),
        ]
        for (source, target, weight) in flows { builder.addLink(from: source, to: target, weight: weight) }
        return builder.build()
    }

    static func partition(of graph: LinkageGraph) -> Partition {
        Partition(assignment: graph.keys.map { Int($0.unicodeScalars.first?.value ?? 0) }, keys: graph.keys)
    }
}
