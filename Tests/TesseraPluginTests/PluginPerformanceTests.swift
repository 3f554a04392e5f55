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
        // Several batches, so that one disturbed by other work on the machine does not decide the report:
        // every batch's rate is printed, and their median.
        let batches = 7, calls = 20_000
        var rates: [Double] = []
        var mismatches = 0
        for _ in 0..<batches {
            let start = ContinuousClock.now
            for _ in 0..<calls where try plugin.call("transform", input) != expected { mismatches += 1 }
            rates.append(Double(calls) / ((ContinuousClock.now - start) / .seconds(1)))
        }
        let median = rates.sorted()[batches / 2]
        print("extism transform: median \(Int(median)) calls/s over \(batches) batches of \(calls) "
              + "(\(input.count)-byte input): " + rates.map { String(Int($0)) }.joined(separator: ", "))
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
