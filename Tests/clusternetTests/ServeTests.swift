import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport

/// `clusternet serve` as a user runs it: on the demo store, answering the pages and the API with
/// what the commands print, refusing to open to others without a token, reading while an import
/// writes, and stopping cleanly on SIGTERM.
@Suite(.serialized) struct ServeTests {
    /// A `clusternet serve` process and the address it printed.
    final class Server: @unchecked Sendable {
        let process = Process()
        let address: URL
        private let output = Pipe()

        init(_ arguments: [String], environment: [String: String] = [:]) throws {
            process.executableURL = ClusterNetCLI.executableURL
            process.arguments = ["serve", "--port", "0"] + arguments
            var fullEnvironment = ProcessInfo.processInfo.environment
            for (key, value) in environment { fullEnvironment[key] = value }
            process.environment = fullEnvironment
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            // The first line says where it serves: "ClusterNet serves PATH (read-only) at http://…/".
            var line = Data()
            while !line.contains(UInt8(ascii: "\n")) {
                let chunk = output.fileHandleForReading.availableData
                guard !chunk.isEmpty else { break }
                line += chunk
            }
            let text = String(decoding: line, as: UTF8.self)
            guard let start = text.range(of: "http://"), let url = URL(string: String(text[start.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines)) else {
                process.terminate()
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "serve printed no address: \(text)"])
            }
            address = url
        }

        func get(_ path: String, headers: [String: String] = [:]) async throws -> (status: Int, body: String, data: Data) {
            var request = URLRequest(url: URL(string: path, relativeTo: address) ?? address)
            for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
            let (data, response) = try await URLSession.shared.data(for: request)
            let http = response as? HTTPURLResponse
            return (http?.statusCode ?? 0, String(decoding: data, as: UTF8.self), data)
        }

        /// Sends SIGTERM and waits for the process to end; its exit status.
        func stop() -> Int32 {
            process.terminate()
            process.waitUntilExit()
            return process.terminationStatus
        }

        deinit { if process.isRunning { process.terminate() } }
    }

    /// Runs `clusternet` from the repository's root, as a user copying a page's command line
    /// would, so shipped files are named as the page names them; its standard output.
    static func runInRepository(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = ClusterNetCLI.executableURL
        process.arguments = arguments
        process.currentDirectoryURL = Repository.root
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func theDemoStoreAnswersAsTheCommandsDo() async throws {
        let directory = try TemporaryDirectory()
        let output = directory.path("demo")
        let demo = try ClusterNetCLI.run(["demo", "--output", output, "--data", Repository.path("Graphs")])
        try #require(demo.status == 0, "\(demo.standardError)")
        let database = output + "/clusternet.sqlite"
        let server = try Server(["--db", database])
        #expect(server.address.host == "127.0.0.1")

        // Finland's classes come from the national series with ETLA's families, the shipped definition.
        let clusters = try Self.runInRepository(["clusters", "--graph", "FIN-2011", "--clusters", "Graphs/wiod-2013/clusters.csv",
                                                 "--compare", "FIN-2005", "--format", "json", "--db", database])
        let forestQuery = "?clusters=Graphs%2Fwiod-2013%2Fclusters.csv&compare=FIN-2005"
        let api = try await server.get("/api/graphs/FIN-2011/clusters" + forestQuery)
        #expect(api.status == 200)
        #expect(api.body == clusters)
        // The models of the forest cluster, named as the definition names it; the same bytes every run.
        let models = try Self.runInRepository(["models", "--graph", "FIN-2011", "--clusters", "Graphs/wiod-2013/clusters.csv",
                                               "--cluster", "forest", "--format", "json", "--db", database])
        #expect(models.contains("\"model\":\"finnish\""))
        #expect(try await server.get("/api/graphs/FIN-2011/models?clusters=Graphs%2Fwiod-2013%2Fclusters.csv&cluster=0").body == models)
        let overview = try ClusterNetCLI.run(["graphs", "--graph", "fi2014", "--overview", "--format", "json", "--db", database])
        #expect(try await server.get("/api/graphs/fi2014/overview").body == overview.standardOutput)
        let sectors = (try JSONSerialization.jsonObject(with: Data(overview.standardOutput.utf8)) as? [String: Any])?["sectors"] as? [[String: Any]]
        #expect(sectors?.first?["key"] as? String == "45_47", "trade is Finland's largest sector by output")
        #expect(overview.standardOutput.contains(#""links":[{"source":"681+68209+683","source_label":"Real estate (other than dwellings)","target":"45_47""#))
        let query = "MATCH (s)-[r:io]->(p {key: $k}) WHERE s <> p RETURN s.key AS sector, r.weight AS flow ORDER BY flow DESC LIMIT 3"
        let cli = try ClusterNetCLI.run(["query", query, "--graph", "fi2014", "--param", "k=17_18", "--format", "json", "--db", database])
        var request = URLRequest(url: URL(string: "/api/graphs/fi2014/query", relativeTo: server.address) ?? server.address)
        request.httpMethod = "POST"
        request.httpBody = try JSONSerialization.data(withJSONObject: ["query": query, "params": ["k": "17_18"]])
        let (posted, _) = try await URLSession.shared.data(for: request)
        #expect(String(decoding: posted, as: UTF8.self) == cli.standardOutput)

        // Finland's forest cluster, why it is strong, where it concentrates, its diagram as PNG.
        let graph = try await server.get("/graphs/FIN-2011")
        #expect(graph.body.contains("href=\"/graphs/FIN-2011/clusters\(forestQuery.replacingOccurrences(of: "&", with: "&amp;"))\""))
        let forest = try await server.get("/graphs/FIN-2011/clusters/0" + forestQuery)
        #expect(forest.status == 200)
        #expect(forest.body.contains("<h1>0: forest <span class=\"badge\""), "the forest cluster is cluster 0, named")
        #expect(forest.body.contains(">strong</span></h1>") && forest.body.contains("Why it is strong"))
        #expect(forest.body.contains("<td>EtelaKarjala</td>"), "it concentrates where the mills are")
        #expect(forest.body.contains("clusternet models --graph FIN-2011 --clusters Graphs/wiod-2013/clusters.csv --cluster 0"))
        let png = try await server.get("/graphs/FIN-2011/clusters/0/diagram.png" + forestQuery + "&download=1")
        #expect(png.status == 200 && png.data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(server.stop() == 0, "SIGTERM ends the server cleanly")
    }

    @Test func anotherHostNeedsATokenAndTheTokenGuardsEveryRequest() async throws {
        let directory = try TemporaryDirectory()
        let database = directory.path("store.sqlite")
        try #require(try ClusterNetCLI.run(["init", "--db", database]).status == 0)
        let refused = try ClusterNetCLI.run(["serve", "--host", "0.0.0.0", "--port", "0", "--db", database])
        #expect(refused.status != 0)
        #expect(refused.standardError.hasPrefix("error: serving on 0.0.0.0 lets other machines connect"))
        let missing = try ClusterNetCLI.run(["serve", "--port", "0", "--db", directory.path("absent.sqlite")])
        #expect(missing.standardError.contains("there is no database at"))
        #expect(!FileManager.default.fileExists(atPath: directory.path("absent.sqlite")), "serving never creates a store")

        let token = "correct-horse-battery-staple"
        let server = try Server(["--host", "127.0.0.1", "--db", database], environment: ["CLUSTERNET_TOKEN": token])
        #expect(server.address.query == "token=\(token)")
        #expect(try await server.get("/api/graphs").status == 401)
        #expect(try await server.get("/api/graphs", headers: ["Authorization": "Bearer \(token)"]).status == 200)
        #expect(server.stop() == 0)
    }

    @Test func readersGoOnWhileAnImportWritesAndSeeItAfterwards() async throws {
        let directory = try TemporaryDirectory()
        let database = directory.path("store.sqlite")
        try #require(try ClusterNetCLI.run(["generate", "lfr", "--nodes", "300", "--graph", "small", "--seed", "1", "--db", database]).status == 0)
        var rows = "source,target,weight\n"
        for index in 0..<300_000 { rows += "n\(index % 5_000),n\((index * 7 + 1) % 5_000),\(index % 13 + 1)\n" }
        let links = try directory.write("links.csv", rows)
        let server = try Server(["--db", database])
        #expect(try await server.get("/api/graphs").body.contains("\"small\""))
        let overview = try await server.get("/api/graphs/small/overview").body
        #expect(overview.contains(#""measure":"strength""#), "without output, sectors are ranked by link strength")

        let importer = Process()
        importer.executableURL = ClusterNetCLI.executableURL
        importer.arguments = ["import", "links", links, "--graph", "big", "--db", database]
        importer.standardOutput = FileHandle.nullDevice
        importer.standardError = FileHandle.nullDevice
        try importer.run()
        var answered = 0
        while importer.isRunning {
            // A different document each time, so each is read from the store, not the cache.
            let links = try await server.get("/api/graphs/small/links?limit=\(answered + 1)")
            #expect(links.status == 200)
            #expect(try await server.get("/graphs/small").status == 200)
            answered += 1
        }
        importer.waitUntilExit()
        #expect(importer.terminationStatus == 0)
        #expect(answered > 0)
        #expect(try await server.get("/api/graphs").body.contains("\"big\""), "the import is seen: the cache follows the store")
        #expect(try await server.get("/", headers: ["Host": "attacker.example"]).status == 403)
        #expect(server.stop() == 0)
    }
}
