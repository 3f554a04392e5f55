import Foundation
import XCTest
@testable import TesseraPlugin

/// Replays every case the real Extism host recorded in Fixtures/plugins/expected.json (written by
/// run_extism.py) and asserts identical return codes, error texts and outputs.
final class ExtismDifferentialTests: XCTestCase {
    func testEveryRecordedCallAgreesWithTheReferenceHost() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: PluginFixtures.directory + "/expected.json"))
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let plugins = try XCTUnwrap(root["plugins"] as? [[String: Any]])
        var agreed = 0, total = 0
        for entry in plugins {
            let id = entry["id"] as? String ?? "?"
            let manifest = try JSONSerialization.data(withJSONObject: entry["manifest"] as Any)
            let hosts = entry["host_functions"] as? Bool ?? true
            total += 1
            let plugin: Plugin
            do {
                let options = PluginOptions(wasi: entry["wasi"] as? Bool ?? false, fuel: (entry["fuel"] as? Int).map { UInt64($0) })
                plugin = try Plugin(bytes: Array(manifest), hostFunctions: hosts ? [PluginFixtures.reverse] : [],
                                    options: options, baseDirectory: PluginFixtures.directory)
                if let expected = entry["load_error"] as? String {
                    XCTFail("\(id): loaded, but the reference host refused it: \(expected)")
                } else {
                    agreed += 1
                }
            } catch {
                let expected = entry["load_error"] as? String
                XCTAssertEqual(error.extismDescription, expected, id)
                if error.extismDescription == expected { agreed += 1 }
                continue
            }
            for call in entry["calls"] as? [[String: Any]] ?? [] {
                let function = call["function"] as? String ?? ""
                let input = call["input"] as? String ?? ""
                let result = plugin.rawCall(function, Array(input.utf8))
                let expected = PluginCallResult(returnCode: Int32(call["rc"] as? Int ?? 0), error: call["error"] as? String,
                                                output: Array((call["output"] as? String ?? "").utf8))
                total += 1
                if result == expected { agreed += 1 }
                XCTAssertEqual(result.returnCode, expected.returnCode, "\(id) \(function)(\(input))")
                XCTAssertEqual(result.error, expected.error, "\(id) \(function)(\(input))")
                XCTAssertEqual(String(decoding: result.output, as: UTF8.self),
                               String(decoding: expected.output, as: UTF8.self), "\(id) \(function)(\(input))")
            }
        }
        print("extism differential: \(agreed) of \(total) loads and calls agreed with the reference host")
        XCTAssertGreaterThan(total, 50)
    }
}
