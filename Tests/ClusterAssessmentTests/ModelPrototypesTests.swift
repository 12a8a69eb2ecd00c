import ClusterAssessment
import Foundation
import Testing

@Suite struct ModelPrototypesTests {
    static func repositoryFile(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Rules/\(name)").standardized)
    }

    @Test func theShippedFileIsTheDefault() throws {
        let file = try ModelPrototypes.decode(try Self.repositoryFile("model-prototypes.json"), source: "model-prototypes.json")
        #expect(file == ModelPrototypes.standard)
        #expect(file.models.map(\.model) == ClusterModel.allCases)
    }

    @Test func everyValueNamesItsSource() {
        let sentences = SeedSentences.standard
        for prototype in ModelPrototypes.standard.models {
            #expect(prototype.values.count == Characteristic.allCases.count)
            for (characteristic, value) in prototype.values {
                let provenance = value.provenance
                #expect(!provenance.reason.isEmpty, "\(prototype.model) \(characteristic)")
                if provenance.source == .seed {
                    #expect(!provenance.sentences.isEmpty && provenance.sentences.allSatisfy { sentences[$0] != nil })
                }
            }
            #expect(!prototype.defining.isEmpty)
        }
        let values = ModelPrototypes.standard.models.flatMap(\.values.values)
        #expect(values.filter { $0.provenance.source == .seed }.count == 30)
        #expect(values.filter { $0.provenance.source == .judgement }.count == 10)
    }

    @Test func theSeedsDefiningConditionsAreExplicit() {
        let defining = Dictionary(uniqueKeysWithValues: ModelPrototypes.standard.models.map { prototype in
            (prototype.model, prototype.defining.map { "\($0.characteristic.rawValue) \($0.atLeast != nil ? "high" : "low")" })
        })
        #expect(defining[.indian] == ["fdi high", "innovation low"])
        #expect(defining[.japanese] == ["leader_firms high", "linkage high"])
        #expect(defining[.northAmerican] == ["competition high", "linkage low"])
        #expect(defining[.finnish] == ["internationalisation high", "innovation high"])
    }

    @Test func noPrototypeIsLowOnEverything() {
        // A weak profile must not look like any one model: each stands high on something.
        for prototype in ModelPrototypes.standard.models {
            #expect((prototype.values.values.map(\.value).max() ?? 0) >= 0.9, "\(prototype.model)")
        }
        let weak = ModelProfile(scores: []).setting(Dictionary(uniqueKeysWithValues: Characteristic.allCases.map { ($0, 0.1) }))
        #expect(ModelPrototypes.standard.compare(weak).verdict == .undetermined)
    }

    @Test func everySeedSentenceIdIsUnique() {
        let ids = SeedSentences.standard.sentences.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(SeedSentences.standard["jp.first-tier"]?.kyrgyz.contains("300") == true)
    }

    @Test func badPrototypesAreRejectedWithThePlace() throws {
        var shipped = try #require(try JSONSerialization.jsonObject(with: try Self.repositoryFile("model-prototypes.json")) as? [String: Any])
        func variant(_ change: (inout [[String: Any]]) -> Void) throws -> Data {
            var models = shipped["models"] as? [[String: Any]] ?? []
            change(&models)
            shipped["models"] = models
            defer { shipped = (try? JSONSerialization.jsonObject(with: try Self.repositoryFile("model-prototypes.json")) as? [String: Any]) ?? [:] }
            return try JSONSerialization.data(withJSONObject: shipped)
        }
        func value(_ model: inout [String: Any], _ name: String, _ entry: Any?) {
            var values = model["values"] as? [String: Any] ?? [:]
            values[name] = entry
            model["values"] = values
        }
        let cases: [(Data, String)] = [
            (Data(#"{"minimum_measured": {"value": 3, "source": "judgement", "reason": "r"}, "margin": {"value": 0.05, "source": "judgement", "reason": "r"}, "models": []}"#.utf8),
             "at models: no models are defined."),
            (try variant { $0[0]["model"] = "swiss" }, "models[0].model: this name is not known here"),
            (try variant { value(&$0[3], "fdi", nil) }, "the indian prototype has no \"fdi\" value; give all 10."),
            (try variant { value(&$0[3], "fdi", ["value": 0.9, "source": "seed", "reason": "r"]) },
             "at models[3].values.fdi: a \"seed\" value names the sentences it rests on"),
            (try variant { value(&$0[3], "fdi", ["value": 0.9, "source": "seed", "sentences": ["in.nowhere"], "reason": "r"]) },
             "at models[3].values.fdi.sentences: no seed sentence has the id \"in.nowhere\""),
            (try variant { value(&$0[3], "fdi", ["value": 1.9, "source": "judgement", "reason": "r"]) },
             "at models[3].values.fdi.value: values are between 0 and 1, not 1.9."),
            (try variant { value(&$0[3], "fdi", ["value": 0.9, "source": "hunch", "reason": "r"]) }, "models[3].values.fdi.source"),
            (try variant { value(&$0[3], "openness", ["value": 0.9, "source": "judgement", "reason": "r"]) },
             "\"openness\" is not a characteristic"),
        ]
        for (data, expected) in cases {
            do {
                _ = try ModelPrototypes.decode(data, source: "p.json")
                Issue.record("accepted: \(expected)")
            } catch {
                #expect(error.description.contains(expected), "\(error.description)")
            }
        }
    }
}
