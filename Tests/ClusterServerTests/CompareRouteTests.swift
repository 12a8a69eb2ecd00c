import ClusterGraph
import ClusterStore
import ClusterWorkflows
import Foundation
import HummingbirdTesting
import ResultFormat
import Testing
import TestSupport

/// The comparison of a cluster template across graphs: its page, its JSON (the CLI's), its chart
/// and the links to it.
@Suite struct CompareRouteTests {
    let fixture: ServerFixture
    static let address = "/compare?template=blocks&graph=eco%2FNorth&graph=eco%2FSouth"

    /// The fixture's regions as one year across two economies, and a template of its two blocks
    /// (one name with markup, which must stay text).
    init() throws {
        fixture = try ServerFixture()
        let store = try LinkageStore(path: fixture.database)
        try store.setContext(GraphContext(economy: "North", year: 2010, unit: "USD million"), of: "eco/North")
        try store.setContext(GraphContext(economy: "South", year: 2010, unit: "USD million"), of: "eco/South")
        let clusters = [("paper & <chemicals>", ["A", "B", "C"]), ("services", ["D", "E", "F"])].enumerated().map { id, cluster in
            ClusterTemplate.Cluster(id: id, name: cluster.0, namedBy: .user, members: cluster.1.map { ClusterTemplate.Member(key: $0) })
        }
        try store.saveTemplate(ClusterTemplate(name: "blocks", method: .file, sources: ["eco/North", "eco/South"], clusters: clusters), replace: false)
    }

    private func comparison() throws -> Comparison {
        let sectorTypes = (try? ShippedData.locate(explicit: nil)).flatMap { try? $0.sectorTypes() } ?? []
        return try Comparison(store: LinkageStore(path: fixture.database),
                              options: ComparisonOptions(template: "blocks", graphs: ["eco/North", "eco/South"],
                                                         assessment: ClusterAssessmentOptions(graph: "", sectorTypes: sectorTypes)))
    }

    @Test func pageShowsEachClustersClassPerGraphTheChartAndTheCommand() async throws {
        let comparison = try comparison()
        let services = try #require(comparison.rows.first { $0.name == "services" }?.cells.last ?? nil)
        try await fixture.test { client in
            try await client.execute(uri: Self.address, method: .get) { response in
                #expect(response.status == .ok)
                let page = response.text
                #expect(page.contains("<h1>Template blocks across North, South</h1>"))
                #expect(page.contains("<b>services</b></td><td>"))
                #expect(page.contains(">\(services.cluster.maturity.rawValue)</span>"))
                #expect(page.contains("<b>paper &amp; &lt;chemicals&gt;</b>"), "template names stay text")
                #expect(!page.contains("<chemicals>"))
                #expect(page.contains("<svg class=\"drawing\""))
                #expect(page.contains("href=\"/compare/diagram.png?template=blocks&amp;graph=eco%2FNorth&amp;graph=eco%2FSouth&amp;download=1\""))
                #expect(page.contains("clusternet compare --template blocks --graph eco/North --graph eco/South --chart compare.svg --db"))
                #expect(page.contains("href=\"/api/compare?template=blocks&amp;graph=eco%2FNorth&amp;graph=eco%2FSouth\""))
            }
            try await client.execute(uri: "/compare/diagram.pdf?template=blocks&graph=eco%2FNorth&graph=eco%2FSouth&indicator=output_share",
                                     method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.hasPrefix("%PDF"))
            }
        }
    }

    @Test func jsonIsTheCommandsDocument() async throws {
        let library = try comparison().json().serialized() + "\n"
        let cli = try ClusterNetCLI.run(["compare", "--template", "blocks", "--graph", "eco/North", "--graph", "eco/South",
                                         "--format", "json", "--db", fixture.database])
        #expect(cli.status == 0, "\(cli.standardError)")
        try await fixture.test { client in
            try await client.execute(uri: "/api" + Self.address, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text == library)
                let served = try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? NSDictionary
                let printed = try JSONSerialization.jsonObject(with: Data(cli.standardOutput.utf8)) as? NSDictionary
                #expect(served != nil && served == printed)
            }
            try await client.execute(uri: "/api/openapi.json", method: .get) { response in
                #expect(response.text.contains("\"/api/compare\""))
            }
        }
    }

    @Test func graphsAndGraphPagesLinkTheTemplatesComparison() async throws {
        try await fixture.test { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.text.contains("<h2>Cluster templates</h2>"))
                #expect(response.text.contains("href=\"\(Self.address.replacingOccurrences(of: "&", with: "&amp;"))\""))
            }
            try await client.execute(uri: "/graphs/eco%2FNorth", method: .get) { response in
                #expect(response.text.contains("href=\"/compare?template=blocks&amp;graph=eco%2FNorth\""))
            }
            try await client.execute(uri: "/graphs/dense", method: .get) { response in
                #expect(!response.text.contains("template=blocks"), "the template has none of dense's sectors")
            }
        }
    }

    @Test func unknownTemplateOrGraphIs404AndAMissingOneIs400() async throws {
        try await fixture.test { client in
            try await client.execute(uri: "/compare?template=blokcs&graph=eco%2FNorth", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("there is no cluster template named &#39;blokcs&#39;; did you mean &#39;blocks&#39;?"))
            }
            try await client.execute(uri: "/api/compare?template=blokcs&graph=eco%2FNorth", method: .get) { response in
                #expect(response.status == .notFound)
                #expect((response.json["error"] as? String)?.contains("no cluster template named 'blokcs'") == true)
            }
            try await client.execute(uri: "/api/compare?template=blocks&graph=eco%2FWest", method: .get) { response in
                #expect(response.status == .notFound)
                #expect((response.json["graphs"] as? [String])?.contains("eco/North") == true)
            }
            try await client.execute(uri: "/compare?graph=eco", method: .get) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/compare?template=blocks&graph=eco%2FNorth&graph=dense", method: .get) { response in
                #expect(response.status == .badRequest, "dense has other sectors and no economy or year")
                #expect((response.json["error"] as? String)?.hasSuffix("add force=1 to compare them anyway.") == true)
            }
        }
    }
}
