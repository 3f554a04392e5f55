import Foundation
import Testing
import TesseraTypes
import TesseraSpecTest

/// Truncated and mutated suite modules must decode and validate to success or a `WasmError`: never a
/// crash, never a hang.
@Suite("Decoder and validator robustness")
struct RobustnessTests {
    /// Modules up to this size are cut at every length; longer ones at a sample of this many lengths.
    static let allPrefixesUpTo = 512
    static let mutationsPerModule = 20

    /// The lengths a module of `count` bytes is cut to: all of them for small modules; for large ones the
    /// first and last 64 plus an even spread.
    static func prefixLengths(count: Int) -> [Int] {
        if count <= allPrefixesUpTo { return Array(0..<count) }
        var lengths = Set(0..<64)
        lengths.formUnion((count - 64)..<count)
        let spread = allPrefixesUpTo - 128
        for i in 0..<spread { lengths.insert(64 + (count - 128) * i / spread) }
        return lengths.sorted()
    }

    /// Single-byte changes at random positions: half flip random bits, half write a boundary value.
    static func mutations(of bytes: [UInt8]) -> [[UInt8]] {
        guard !bytes.isEmpty else { return [] }
        var random = SplitMix64(seed: fnv1a(bytes))
        let boundaries: [UInt8] = [0x00, 0x01, 0x7F, 0x80, 0xFF, 0x40, 0x0B, 0x60]
        return (0..<mutationsPerModule).map { i in
            var mutated = bytes
            let position = Int(random.next() % UInt64(bytes.count))
            if i % 2 == 0 {
                mutated[position] ^= UInt8(truncatingIfNeeded: random.next() % 255 + 1)
            } else {
                mutated[position] = boundaries[Int(random.next() % UInt64(boundaries.count))]
            }
            return mutated
        }
    }

    @Test(.timeLimit(.minutes(3)))
    func truncatedAndMutatedSuiteModules() {
        let started = Date()
        let files = FuzzPaths.suiteFiles()
        #expect(!files.isEmpty, "spec testsuite not found at \(FuzzPaths.suite) (set TESSERA_SPEC_TESTSUITE)")
        let modules = ModuleCorpus.collect(from: files)
        #expect(modules.count > 1000, "only \(modules.count) modules collected from \(files.count) scripts")
        var cases = 0
        var rejected = 0
        var wrongKinds: [String] = []
        func check(_ bytes: [UInt8], _ what: @autoclosure () -> String) {
            cases += 1
            guard case .failure(let error) = decodeAndValidate(bytes) else { return }
            rejected += 1
            // Decoding and validation only ever report malformed or invalid modules; a header cut short
            // is always malformed.
            if error.kind != .malformed && (error.kind != .invalid || bytes.count < 8) {
                wrongKinds.append("\(what()): \(error)")
            }
        }
        for (index, bytes) in modules.enumerated() {
            for length in Self.prefixLengths(count: bytes.count) {
                check(Array(bytes[0..<length]), "module \(index) cut to \(length) bytes")
            }
            for (m, mutated) in Self.mutations(of: bytes).enumerated() {
                check(mutated, "module \(index) mutation \(m)")
            }
        }
        #expect(wrongKinds.isEmpty, "\(wrongKinds.count) unexpected error kinds:\n\(wrongKinds.prefix(20).joined(separator: "\n"))")
        let seconds = Date().timeIntervalSince(started)
        print("robustness: \(modules.count) modules, \(cases) cases, \(rejected) rejected, \(Int(seconds * 1000)) ms")
    }

    @Test func prefixSampling() {
        #expect(Self.prefixLengths(count: 3) == [0, 1, 2])
        let sampled = Self.prefixLengths(count: 10_000)
        #expect(sampled.count <= Self.allPrefixesUpTo)
        #expect(sampled.first == 0 && sampled.last == 9_999)
        #expect(Self.mutations(of: [1, 2, 3]) == Self.mutations(of: [1, 2, 3]))
        #expect(Self.mutations(of: [1, 2, 3]).count == Self.mutationsPerModule)
    }
}
