import Foundation
import XCTest
import TesseraRuntime
import TesseraTypes
@testable import TesseraPlugin

final class PluginAPITests: XCTestCase {
    struct Request: Encodable { var ir: [String: Int] }
    struct Response: Decodable, Equatable { var transformed: Bool; var output: [String: Int] }

    func testStringAndJSONConveniences() throws {
        let plugin = try Plugin(manifest: Manifest(wasm: try PluginFixtures.bytes("transform.wasm")))
        let text: String = try plugin.call("transform", #"{"ir":[1,2]}"#)
        XCTAssertEqual(text, #"{"transformed":true,"output":[1,2]}"#)
        let decoded = try plugin.call("transform", json: Request(ir: ["a": 1]), as: Response.self)
        XCTAssertEqual(decoded, Response(transformed: true, output: ["a": 1]))
    }

    func testPluginErrorCarriesMessageAndCode() throws {
        let plugin = try PluginFixtures.kitchen()
        XCTAssertThrowsError(try plugin.call("fail", [UInt8]())) { error in
            let e = error as? PluginError
            XCTAssertEqual(e?.message, "kitchen: deliberate failure")
            XCTAssertEqual(e?.returnCode, 1)
        }
        XCTAssertThrowsError(try plugin.call("fail_rc_only", [UInt8]())) { error in
            XCTAssertEqual((error as? PluginError)?.message, "Error code: 7")
        }
    }

    func testVarsPersistAndSurviveTraps() throws {
        let plugin = try PluginFixtures.kitchen()
        let first: String = try plugin.call("greet", #"{"name":"a"}"#)
        XCTAssertTrue(first.contains(#""count":1"#))
        XCTAssertEqual(plugin.rawCall("trap", []).returnCode, 134)
        let second: String = try plugin.call("greet", #"{"name":"a"}"#)
        XCTAssertTrue(second.contains(#""count":2"#))
    }

    func testHostFunctionErrorFailsTheCallAndPluginStaysUsable() throws {
        struct Refused: Error {}
        let failing = PluginHostFunction(name: "reverse", parameters: [.i64], results: [.i64]) { _, _ in throw Refused() }
        let json = #"{"wasm":[{"path":"kitchen.wasm"}]}"#
        let plugin = try Plugin(bytes: Array(json.utf8), hostFunctions: [failing], baseDirectory: PluginFixtures.directory)
        let result = plugin.rawCall("call_host", Array("abc".utf8))
        XCTAssertEqual(result.returnCode, -1)
        XCTAssertTrue(result.error?.contains("kitchen.wasm!call_host") ?? false, result.error ?? "")
        XCTAssertEqual(try plugin.call("echo", "ok") as String, "ok")
    }

    func testInfiniteLoopStopsWithinTimeoutAndNextCallWorks() throws {
        let plugin = try PluginFixtures.kitchen(#","timeout_ms":100"#)
        let start = ContinuousClock.now
        let result = plugin.rawCall("spin", [])
        let elapsed = ContinuousClock.now - start
        XCTAssertEqual(result, PluginCallResult(returnCode: 134, error: "timeout", output: []))
        XCTAssertLessThan(elapsed, .milliseconds(150), "stopped after \(elapsed)")
        XCTAssertGreaterThanOrEqual(elapsed, .milliseconds(100))
        XCTAssertEqual(try plugin.call("echo", "next") as String, "next")
    }

    func testCancelFromAnotherThread() throws {
        let plugin = try PluginFixtures.kitchen()
        let handle = plugin.cancelHandle
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.1) { handle.cancel() }
        XCTAssertEqual(plugin.rawCall("spin", []).error, "timeout")
        XCTAssertEqual(try plugin.call("echo", "after cancel") as String, "after cancel")
    }

    func testFuelIsPerCall() throws {
        let plugin = try PluginFixtures.kitchen(options: PluginOptions(fuel: 200_000))
        XCTAssertEqual(plugin.rawCall("spin", []).error, "plugin ran out of fuel")
        for _ in 0..<3 { XCTAssertEqual(plugin.rawCall("echo", Array("x".utf8)).output, Array("x".utf8)) }
    }

    func testMemoryBombsStopAtMaxPages() throws {
        let plugin = try PluginFixtures.kitchen(#","memory":{"max_pages":40}"#)
        XCTAssertEqual(plugin.rawCall("alloc_bomb", []), PluginCallResult(returnCode: -1, error: "oom", output: []))
        // Growing the module's own memory past the budget is refused (memory.grow returns -1).
        XCTAssertEqual(String(decoding: try plugin.call("grow_bomb", Array("41".utf8)), as: UTF8.self), #"{"grow":-1}"#)
        XCTAssertEqual(String(decoding: try plugin.call("grow_bomb", Array("40".utf8)), as: UTF8.self), #"{"grow":1}"#)
        XCTAssertEqual(try plugin.call("echo", "still works") as String, "still works")
    }

    func testLogLevelsAndSink() throws {
        final class Lines: @unchecked Sendable { var items: [String] = []; let lock = NSLock() }
        let lines = Lines()
        let options = PluginOptions(logLevel: .warn, logSink: { level, text in
            lines.lock.lock(); lines.items.append("\(level.name) \(text)"); lines.lock.unlock()
        })
        let plugin = try PluginFixtures.kitchen(options: options)
        XCTAssertEqual(try plugin.call("logs", "") as String, #"{"log_level":3}"#)
        XCTAssertEqual(lines.items, ["warn kitchen warn", "error kitchen error"])
    }

    func testConfigUpdatesMerge() throws {
        let plugin = try PluginFixtures.kitchen(#","config":{"greeting":"Hi"}"#,
                                                options: PluginOptions(config: ["extra": "1"]))
        XCTAssertEqual(try plugin.call("config", "extra") as String, "1")
        plugin.updateConfig(["greeting": nil])
        XCTAssertEqual(try plugin.call("config", "greeting") as String, "<none>")
    }

    func testFunctionExists() throws {
        let plugin = try PluginFixtures.kitchen()
        XCTAssertTrue(plugin.functionExists("greet"))
        XCTAssertTrue(plugin.functionExists("void_fn"))
        XCTAssertFalse(plugin.functionExists("with_param"))
        XCTAssertFalse(plugin.functionExists("nope"))
    }

    func testManifestErrors() throws {
        XCTAssertThrowsError(try Plugin(bytes: Array(#"{"wasm":[{"url":"http://127.0.0.1:9/x.wasm"}]}"#.utf8))) { error in
            XCTAssertEqual((error as? PluginError)?.kind, .manifest)
        }
        XCTAssertThrowsError(try Plugin(bytes: Array(#"{"wasm":[{"data":"!!"}]}"#.utf8)))
        XCTAssertThrowsError(try Plugin(bytes: Array(#"{"wasm":[{"path":"kitchen.wasm"}],"memory":{"max_pages":"x"}}"#.utf8),
                                        baseDirectory: PluginFixtures.directory))
        let bytes = try PluginFixtures.bytes("transform.wasm")
        let good = Manifest(wasm: [WasmModuleSource(.data(bytes), hash: SHA256.hex(bytes))])
        XCTAssertNoThrow(try Plugin(manifest: good))
    }

    func testSHA256KnownVectors() {
        XCTAssertEqual(SHA256.hex([]), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    func testAllowedHostGlobs() throws {
        let context = PluginContext(config: [:], limits: PluginMemoryLimits(), allowedHosts: ["*.example.com", "127.0.0.*"],
                                    logLevel: nil, logSink: { _, _ in }, httpClient: SocketHTTPClient())
        XCTAssertTrue(context.isAllowed(host: "api.example.com"))
        XCTAssertTrue(context.isAllowed(host: "127.0.0.1"))
        XCTAssertFalse(context.isAllowed(host: "example.org"))
        XCTAssertFalse(context.isAllowed(host: "10.0.0.1"))
        let none = PluginContext(config: [:], limits: PluginMemoryLimits(), allowedHosts: nil, logLevel: nil,
                                 logSink: { _, _ in }, httpClient: SocketHTTPClient())
        XCTAssertFalse(none.isAllowed(host: "127.0.0.1"))
    }
}
