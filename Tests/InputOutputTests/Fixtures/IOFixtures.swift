import ClusterGraph

/// Small input-output graphs built by hand for the tests.
enum IOFixtures {
    /// A directed `io` graph from a flow matrix (row sells to column) and node attributes.
    static func graph(keys: [String], flows: [[Double]], attributes: [String: [Double?]] = [:]) -> LinkageGraph {
        var builder = LinkageGraphBuilder(directed: true)
        for key in keys { builder.addNode(key: key) }
        for (i, row) in flows.enumerated() {
            for (j, z) in row.enumerated() where z != 0 { builder.addLink(from: i, to: j, weight: z) }
        }
        for (name, column) in attributes {
            for (node, value) in column.enumerated() { if let value { builder.setAttribute(name, of: node, to: .number(value)) } }
        }
        return builder.build()
    }

    static let germanyKeys = ["agriculture", "manufacturing", "construction", "trade", "business_services", "other_services"]

    /// Germany 1995, the 6-sector table of Eurostat's Manual of Supply, Use and Input-Output Tables
    /// (2008, ch. 15, Beutel), millions of euros; output from the `output_bp` column.
    static func germany1995() -> LinkageGraph {
        graph(
            keys: germanyKeys,
            flows: [
                [1131, 25480, 1, 607, 710, 762],
                [7930, 304584, 64167, 41082, 11981, 30360],
                [426, 7334, 3875, 5296, 23457, 9155],
                [3559, 72717, 14190, 74399, 10835, 21008],
                [3637, 96115, 31027, 65755, 193176, 34223],
                [1552, 14986, 1747, 11225, 15058, 22070],
            ],
            attributes: [
                "output": [43910, 1_079_400, 245_606, 540_063, 692_487, 508_918],
                "exports": [3734, 313_711, 149, 46045, 13612, 2042],
            ])
    }
}
