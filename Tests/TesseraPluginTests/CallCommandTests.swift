import Foundation
import XCTest

/// `tessera call` end to end: the built `tessera` executable (beside the test bundle) as a subprocess.
final class CallCommandTests: XCTestCase {
    static let executable: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if folder.lastPathComponent == "MacOS" {
            folder = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        }
        return folder.appendingPathComponent("tessera")
    }()

    func call(_ arguments: [String], stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
        guard FileManager.default.isExecutableFile(atPath: Self.executable.path) else {
            throw XCTSkip("the tessera executable is not built beside the tests")
        }
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["call"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: PluginFixtures.directory)
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data((stdin ?? "").utf8))
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    func testCallPrintsTheOutput() throws {
        let r = try call(["transform.wasm", "transform", "--input", #"{"ir":[1]}"#])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.out, "{\"transformed\":true,\"output\":[1]}\n")
    }

    func testManifestStdinLoopAndConfig() throws {
        let linked = try call(["linked.json", "run", "--input", "-"], stdin: "2")
        XCTAssertEqual(linked.out, "6\n", linked.err)
        let looped = try call(["mocked.json", "greet", "--input", #"{"name":"cli"}"#, "--loop", "2", "--config", "greeting=Yo"])
        XCTAssertEqual(looped.status, 0, looped.err)
        XCTAssertEqual(looped.out.split(separator: "\n").map(String.init), [
            #"{"message":"Yo, cli!","count":1,"config_found":true,"input_bytes":14}"#,
            #"{"message":"Yo, cli!","count":2,"config_found":true,"input_bytes":14}"#,
        ])
    }

    func testPluginErrorGoesToStandardErrorWithStatus1() throws {
        let r = try call(["transform.wasm", "transform", "--input", "{}"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.out, "")
        XCTAssertTrue(r.err.contains("transform: input has no \"ir\" field"), r.err)
        let timeout = try call(["--timeout", "50", "mocked.json", "spin"])
        XCTAssertEqual(timeout.status, 1)
        XCTAssertTrue(timeout.err.contains("timeout"), timeout.err)
    }

    func testBadArgumentsExit2() throws {
        XCTAssertEqual(try call(["transform.wasm"]).status, 2)
        XCTAssertEqual(try call(["--fuel", "x", "transform.wasm", "transform"]).status, 2)
    }
}
