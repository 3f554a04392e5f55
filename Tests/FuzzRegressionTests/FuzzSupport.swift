import Foundation
import TesseraTypes
import TesseraText
import TesseraSpecTest

/// Where the inputs live: the spec testsuite and the package's fuzz fixtures.
enum FuzzPaths {
    /// The package root, derived from this file's path (Tests/FuzzRegressionTests/FuzzSupport.swift).
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// `$TESSERA_SPEC_TESTSUITE`, or `../shared/spec-testsuite` beside the package root.
    static let suite = SuiteFiles.specTestsuiteDirectory(packageRoot: packageRoot)

    /// `Fixtures/fuzz`: reproducers, each replayed by `FixtureReplayTests`.
    static let fixtures = SuiteFiles.join(packageRoot, "Fixtures/fuzz")

    /// The suite's `.wast` files: the root plus `extra-from-spec/` and `custom/`.
    static func suiteFiles() -> [String] {
        ["", "extra-from-spec", "custom"].flatMap { folder -> [String] in
            let path = folder.isEmpty ? suite : SuiteFiles.join(suite, folder)
            guard case .success(let files) = SuiteFiles.wastFiles(inDirectory: path) else { return [] }
            return files
        }
    }
}

/// Every distinct module binary of the suite: binary modules as written and text modules encoded, from
/// every directive that carries a module (text modules that do not assemble are left out).
enum ModuleCorpus {
    static func collect(from files: [String], features: FeatureSet = .default) -> [[UInt8]] {
        var seen = Set<[UInt8]>()
        var modules: [[UInt8]] = []
        for file in files {
            guard case .success(let text) = SuiteFiles.readText(atPath: file),
                  let script = try? Toolchain.parseScript(text) else { continue }
            for directive in script.directives {
                guard let module = directive.kind.module,
                      let bytes = try? Toolchain.binary(of: module, features: features),
                      seen.insert(bytes).inserted else { continue }
                modules.append(bytes)
            }
        }
        return modules
    }
}

extension WastDirectiveKind {
    /// The module a directive carries, if any.
    var module: WastModule? {
        switch self {
        case .module(let m), .assertTrapModule(let m, _), .assertInvalid(let m, _), .assertMalformed(let m, _),
             .assertUnlinkable(let m, _), .assertMalformedCustom(let m, _), .assertInvalidCustom(let m, _):
            m
        case .moduleInstance, .register, .action, .assertReturn, .assertTrap, .assertExhaustion, .assertException:
            nil
        }
    }
}

/// SplitMix64: a tiny deterministic generator, so every run mutates the same bytes.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// FNV-1a over the bytes: a content-derived seed, independent of the order modules are found in.
func fnv1a(_ bytes: [UInt8]) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes {
        hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    return hash
}

/// Decodes and validates `bytes`; the only acceptable ends are success or a typed `WasmError`. (A
/// crash would take the test process down, which is the failure this guards against.)
func decodeAndValidate(_ bytes: [UInt8], features: FeatureSet = .default) -> Result<Void, WasmError> {
    do {
        _ = try Toolchain.validate(bytes, features: features)
        return .success(())
    } catch {
        return .failure(error)
    }
}
