import Testing
import TestSupport

@Suite struct HelpTests {
    @Test func helpListsCommands() throws {
        let result = try ClusterNetCLI.run(["--help"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("communities"))
        #expect(result.standardOutput.contains("import"))
    }

    @Test func unknownOptionFailsWithErrorLine() throws {
        let result = try ClusterNetCLI.run(["graphs", "--no-such-option"])
        #expect(result.status != 0)
        #expect(result.standardError.hasPrefix("error: "))
    }
}
