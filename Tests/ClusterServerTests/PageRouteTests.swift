import Foundation
import HummingbirdTesting
import Testing

/// Every page answers, says what the CLI would, and shows store text as text.
@Suite struct PageRouteTests {
    let fixture: ServerFixture

    init() throws { fixture = try ServerFixture() }

    @Test func graphsPageListsTheGraphsAndFoldsRegions() async throws {
        try await fixture.test { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let page = response.text
                for name in ["eco", "eco-strength", "dense"] { #expect(page.contains("href=\"/graphs/\(name)\"")) }
                #expect(page.contains("The 2 regional graphs of eco"))
                #expect(page.contains("href=\"/graphs/eco%2FNorth\""))
                #expect(page.contains("clusternet graphs --db"))
                #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            }
        }
    }

    @Test func graphPageShowsSectorsLinksKeySectorsAndRegions() async throws {
        try await fixture.test { client in
            try await client.execute(uri: "/graphs/eco", method: .get) { response in
                #expect(response.status == .ok)
                let page = response.text
                #expect(page.contains("Largest sectors"))
                #expect(page.contains("<td>Services <code>E</code></td>"))
                #expect(page.contains("Heaviest links"))
                #expect(page.contains("Key sectors"))
                #expect(page.contains("Where industries concentrate"))
                #expect(page.contains("<svg class=\"drawing\""))
                #expect(page.contains("href=\"/graphs/eco/diagram.png?download=1\""))
                #expect(page.contains("href=\"/graphs/eco-strength\""), "the derived graph is linked")
                #expect(page.contains("clusternet render --graph eco --output eco.svg"))
            }
            try await client.execute(uri: "/graphs/eco%2FNorth", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<h1>eco/North</h1>"))
            }
        }
    }

    @Test func clustersPageShowsClassesMembersAndEveryReason() async throws {
        try await fixture.test { client in
            try await client.execute(uri: "/graphs/eco-strength/clusters?partition=clusters", method: .get) { response in
                #expect(response.status == .ok)
                let page = response.text
                #expect(page.contains("class=\"badge\""))
                #expect(page.contains("href=\"/graphs/eco-strength/clusters/0?partition=clusters\""))
                #expect(page.contains("<ul class=\"reasons\">"))
                #expect(page.contains("clusternet clusters --graph eco-strength --partition clusters --db"))
                #expect(page.contains("clusternet render --graph eco-strength --maturity --partition clusters --output clusters.svg"))
                #expect(page.contains("/graphs/eco-strength/clusters/diagram.png?partition=clusters&amp;download=1"))
            }
            try await client.execute(uri: "/graphs/eco-strength/clusters", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("clusters found by Leiden"))
            }
        }
    }

    @Test func clusterPageShowsReasonsModelsNeighboursAndRegions() async throws {
        try await fixture.test { client in
            try await client.execute(uri: "/graphs/eco-strength/clusters/0?partition=clusters", method: .get) { response in
                #expect(response.status == .ok)
                let page = response.text
                #expect(page.contains("Which cluster model it resembles"))
                #expect(page.contains("Finnish"))
                #expect(page.contains("Links to other clusters"))
                #expect(page.contains("Where it concentrates"))
                #expect(page.contains("<td>North</td>"))
                #expect(page.contains("clusternet models --graph eco-strength --partition clusters --cluster 0"))
                #expect(page.contains("clusternet render --graph eco-strength --maturity --partition clusters --cluster 0 --output cluster-0.png"))
                #expect(page.contains("clusternet specialisation --graph eco --partition clusters --partition-graph eco-strength --sector 0"))
            }
            try await client.execute(uri: "/graphs/eco-strength/clusters/9?partition=clusters", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("clusters 0 to 1"))
            }
        }
    }

    @Test func storeTextIsEscapedInPagesAndInlineDiagrams() async throws {
        try await fixture.test { client in
            for uri in ["/graphs/eco", "/graphs/eco-strength/clusters?partition=clusters", "/graphs/eco-strength/clusters/1?partition=clusters",
                        "/query?graph=eco&q=MATCH+(n+%7Bkey%3A+%27D%27%7D)+RETURN+n.label"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(!response.text.contains(ServerFixture.scriptLabel), "\(uri) shows the label as markup")
                    #expect(response.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(uri) does not show the label")
                }
            }
            try await client.execute(uri: "/graphs/eco-strength/clusters/1/diagram.svg?partition=clusters", method: .get) { response in
                #expect(response.status == .ok)
                #expect(!response.text.contains("<script"))
                #expect(response.text.contains("&lt;script&gt;"))
            }
        }
    }

    @Test func unknownGraphIs404WithTheNamesThatExist() async throws {
        try await fixture.test { client in
            try await client.execute(uri: "/graphs/ecco", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("There is no graph named &#39;ecco&#39;"))
                #expect(response.text.contains("href=\"/graphs/eco-strength\""))
            }
            try await client.execute(uri: "/graphs/ecco/clusters", method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/no/such/page", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("There is no page at /no/such/page"))
            }
        }
    }

    @Test func queryPageShowsResultsAndSyntaxErrorsWithTheCaret() async throws {
        try await fixture.test { client in
            try await client.execute(uri: "/query?graph=eco&q=MATCH+(n)+RETURN+n.key+AS+key+ORDER+BY+key", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("id=\"results\""))
                #expect(response.text.contains("6 rows."))
                #expect(response.text.contains("clusternet query &#39;MATCH (n) RETURN n.key AS key ORDER BY key&#39; --graph eco"))
            }
            try await client.execute(uri: "/query?graph=eco&q=MATCH+(n+RETURN+n", method: .get) { response in
                #expect(response.status == .badRequest)
                let page = response.text
                #expect(page.contains("id=\"query-error\""))
                #expect(page.contains("line 1, column 10"))
                #expect(page.contains("MATCH (n RETURN n\n             ^"))
            }
            try await client.execute(uri: "/query?graph=eco&q=MATCH+(s)-%5Br%5D-%3E(p+%7Bkey%3A+%24k%7D)+RETURN+s.key&params=k%3DB", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<td>A</td>"))
                #expect(response.text.contains("--param k=B"))
            }
        }
    }

    @Test func diagramsDownloadAsSVGPNGPDFAndDOT() async throws {
        try await fixture.test { client in
            for base in ["/graphs/eco", "/graphs/eco-strength/clusters", "/graphs/eco-strength/clusters/0"] {
                let query = base.hasSuffix("eco") ? "?download=1" : "?partition=clusters&download=1"
                try await client.execute(uri: base + "/diagram.png" + query, method: .get) { response in
                    #expect(response.status == .ok, "\(base)")
                    #expect(response.headers[.contentType] == "image/png")
                    #expect(Array(response.body.readableBytesView.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
                    #expect(response.headers[.contentDisposition]?.hasPrefix("attachment; filename=") == true)
                }
                try await client.execute(uri: base + "/diagram.pdf" + query, method: .get) { response in
                    #expect(response.text.hasPrefix("%PDF"))
                }
                try await client.execute(uri: base + "/diagram.dot" + query, method: .get) { response in
                    #expect(response.text.contains("digraph") || response.text.contains("graph"))
                }
                try await client.execute(uri: base + "/diagram.svg" + query, method: .get) { response in
                    #expect(response.headers[.contentType] == "image/svg+xml")
                    #expect(response.text.contains("<svg"))
                }
            }
            try await client.execute(uri: "/graphs/eco/key-sectors.svg", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Key sectors"))
            }
        }
    }

    @Test func staticFilesAndTheAPIPage() async throws {
        try await fixture.test { client in
            try await client.execute(uri: "/static/clusternet.css", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains(".class-strong"))
            }
            try await client.execute(uri: "/static/clusternet.js", method: .get) { response in
                #expect(response.text.contains("table.sortable"))
            }
            try await client.execute(uri: "/api", method: .get) { response in
                #expect(response.text.contains("/api/openapi.json"))
            }
        }
    }
}
