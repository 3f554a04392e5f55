import Foundation
import TesseraRuntime
import TesseraTypes
@testable import TesseraPlugin

/// Locations of the fixture plugins and the shared test host function.
enum PluginFixtures {
    static let directory: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Fixtures/plugins").path
    }()

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name)))
    }

    /// `extism:host/user::reverse (i64) -> i64`: the input block reversed (the differential cases use it).
    static var reverse: PluginHostFunction { PluginHostFunction(name: "reverse", parameters: [.i64], results: [.i64]) { plugin, args in
        let input = plugin.bytes(UInt64(bitPattern: args[0].i64 ?? 0))
        return [.i64(Int64(bitPattern: try plugin.allocate(Array(input.reversed()))))]
    } }

    static func kitchen(_ extra: String = "", options: PluginOptions = PluginOptions()) throws -> Plugin {
        let json = "{\"wasm\":[{\"path\":\"kitchen.wasm\"}]\(extra)}"
        return try Plugin(bytes: Array(json.utf8), hostFunctions: [reverse], options: options, baseDirectory: directory)
    }
}
