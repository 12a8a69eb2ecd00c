/// The JSON documents the demo's steps print, decoded for the report. Each mirrors a command's
/// `--format json` output (CLI contract in DESIGN.md); fields the report does not use are omitted.
enum DemoDocuments {
    struct Nodes: Decodable {
        struct Node: Decodable {
            let key: String
            let label: String?
            let attributes: [String: AttributeNumber]?
        }
        let nodes: [Node]
    }

    /// A number attribute; text attributes decode as nil.
    struct AttributeNumber: Decodable {
        let value: Double?
        init(from decoder: any Decoder) throws {
            value = try? decoder.singleValueContainer().decode(Double.self)
        }
    }

    struct Linkages: Decodable {
        struct Sector: Decodable {
            let key: String
            let multiplier: Double
            let backward: Double
            let forward: Double
            let type: String
        }
        let sectors: [Sector]
    }

    struct Communities: Decodable {
        let method: String
        let modularity: Double
    }

    struct Clusters: Decodable {
        struct Neighbour: Decodable {
            struct Flow: Decodable {
                let source: String
                let target: String
                let flow: Double
            }
            let cluster: Int
            let sales: Double
            let purchases: Double
            let strongest: [Flow]
        }
        struct Cluster: Decodable {
            let id: Int
            let members: [String]
            let `class`: String
            let indicators: [String: Double?]
            let reasons: [String]
            let neighbours: [Neighbour]?
        }
        let clusters: [Cluster]
    }

    struct Models: Decodable {
        struct Match: Decodable {
            let model: String
            let score: Double
            let reasons: [String]
        }
        let profile: [String: Double?]
        let ranking: [Match]
    }

    struct Specialisation: Decodable {
        struct Unit: Decodable {
            let key: String
            let lq: Double?
            let share: Double?
            let stars: Int
            let strong: Bool
        }
        struct Region: Decodable {
            let region: String
            let clusters: [Unit]?
            let sectors: [Unit]?
        }
        let regions: [Region]
    }
}
