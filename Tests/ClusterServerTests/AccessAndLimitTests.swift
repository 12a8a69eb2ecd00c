@testable import ClusterServer
import Foundation
import HummingbirdTesting
import Hummingbird
import Testing

/// Who may ask (the token, the loopback rule), how long a request may take and how large it may be.
@Suite struct AccessAndLimitTests {
    let fixture: ServerFixture
    let token = "0123456789abcdef0123"

    init() throws { fixture = try ServerFixture() }

    @Test func everyRequestCarriesTheTokenWhenOneIsSet() async throws {
        let token = token
        try await fixture.test(token: token, host: "0.0.0.0") { client in
            for uri in ["/", "/graphs/eco", "/api/graphs", "/graphs/eco/diagram.png", "/static/clusternet.css"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .unauthorized, "\(uri)")
                }
            }
            try await client.execute(uri: "/api/graphs", method: .get) { response in
                #expect(response.json["error"] as? String != nil)
            }
            try await client.execute(uri: "/", method: .get, headers: [.authorization: "Bearer wrong-token-wrong-token"]) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/api/graphs", method: .get, headers: [.authorization: "Bearer \(token)"]) { response in
                #expect(response.status == .ok)
            }
            let cookie = try await client.execute(uri: "/graphs/eco?token=\(token)", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/graphs/eco")
                let cookie = response.headers[.setCookie] ?? ""
                #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
                return String(cookie.prefix { $0 != ";" })
            }
            try await client.execute(uri: "/graphs/eco", method: .get, headers: [.cookie: cookie]) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func anotherHostNeedsAToken() throws {
        #expect(throws: ServeError.tokenRequired(host: "0.0.0.0")) {
            try ClusterWebServer(options: ServerOptions(database: fixture.database, host: "0.0.0.0"))
        }
        #expect(throws: ServeError.noDatabase(path: "/nonexistent/store.sqlite")) {
            try ClusterWebServer(options: ServerOptions(database: "/nonexistent/store.sqlite"))
        }
    }

    @Test func withoutATokenOnlyThisMachineIsAnswered() {
        for host in ["localhost:8080", "127.0.0.1:8080", "[::1]:8080", "localhost", "127.0.0.2"] {
            #expect(AccessMiddleware.isLoopbackHost(host), "\(host)")
        }
        for host in ["attacker.example:8080", "192.168.1.5", "[2001:db8::1]:80", "localhost.attacker.example"] {
            #expect(!AccessMiddleware.isLoopbackHost(host), "\(host)")
        }
    }

    @Test func aRunawayQueryIsStoppedAndTheServerGoesOn() async throws {
        try await fixture.test(timeLimit: 0.5) { client in
            let runaway = #"{"query": "MATCH p = (a)-[*1..10]->(b) RETURN count(p)"}"#
            try await client.execute(uri: "/api/graphs/dense/query", method: .post, body: ByteBuffer(string: runaway)) { response in
                #expect(response.status == .serviceUnavailable)
                #expect((response.json["error"] as? String)?.contains("time limit") == true)
            }
            try await client.execute(uri: "/query?graph=dense&q=MATCH+p+%3D+(a)-%5B*1..10%5D-%3E(b)+RETURN+count(p)", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
            }
            try await client.execute(uri: "/api/graphs/dense/query", method: .post,
                                     body: ByteBuffer(string: #"{"query": "MATCH (n) RETURN count(n) AS nodes"}"#)) { response in
                #expect(response.status == .ok)
                #expect(response.json["rows"] as? [[Int]] == [[12]])
            }
        }
    }

    @Test func largeRequestsAreRefused() async throws {
        try await fixture.test { client in
            let body = #"{"query": "MATCH (n) RETURN n.key // "# + String(repeating: "x", count: 300_000) + "\"}"
            try await client.execute(uri: "/api/graphs/eco/query", method: .post, body: ByteBuffer(string: body)) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
    }
}
