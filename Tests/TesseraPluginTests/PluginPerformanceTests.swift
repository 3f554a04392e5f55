import Foundation
import XCTest
@testable import TesseraPlugin

/// Throughput of the JSON transform through the Swift API, and plugin creation time. Reports the
/// numbers (the lead's notes quote release builds) and asserts only behaviour, never timings.
final class PluginPerformanceTests: XCTestCase {
    func testTransformCallsPerSecond() throws {
        let plugin = try Plugin(manifest: Manifest(wasm: try PluginFixtures.bytes("transform.wasm")))
        let input = Array(#"{"ir": {"op": "add", "args": [1, 2, 3], "name": "sum"}, "meta": {"id": 12345, "tag": "bench"}}"#.utf8)
        XCTAssertEqual(input.count, 94)
        let expected = Array(#"{"transformed":true,"output":{"op": "add", "args": [1, 2, 3], "name": "sum"}}"#.utf8)
        XCTAssertEqual(try plugin.call("transform", input), expected)
        let calls = 20_000
        let start = ContinuousClock.now
        var mismatches = 0
        for _ in 0..<calls where try plugin.call("transform", input) != expected { mismatches += 1 }
        let seconds = (ContinuousClock.now - start) / .seconds(1)
        let rate = Double(calls) / seconds
        print("extism transform: \(Int(rate)) calls/s (\(input.count)-byte input)")
        XCTAssertEqual(mismatches, 0)
    }

    func testLargestFixtureCreationTime() throws {
        let bytes = try PluginFixtures.bytes("kitchen.wasm")
        let rounds = 20
        let start = ContinuousClock.now
        var last: Plugin?
        for _ in 0..<rounds {
            last = try Plugin(manifest: Manifest(wasm: bytes), hostFunctions: [PluginFixtures.reverse])
        }
        let each = (ContinuousClock.now - start) / rounds
        print("extism kitchen.wasm (\(bytes.count) bytes): plugin creation \(each)")
        // The plugins made are usable.
        let greeting: String = try XCTUnwrap(last).call("greet", #"{"name":"a"}"#)
        XCTAssertTrue(greeting.contains(#""count":1"#), greeting)
    }
}
