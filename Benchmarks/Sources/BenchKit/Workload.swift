import Foundation

/// One compiled C workload from `Fixtures/bench/workloads.json`: `run(n)` returns `checksum`.
public struct Workload: Decodable, Sendable {
    /// Short name (the row is `execute/<name>`).
    public var name: String
    /// The `.wasm` file, relative to the manifest's folder.
    public var file: String
    /// The size of a full run and the checksum it must return (hex, as the native build printed it).
    public var n: Int32
    public var checksum: String
    /// The size and checksum for `--smoke`.
    public var smokeN: Int32
    public var smokeChecksum: String
    /// What the workload exercises.
    public var about: String

    /// The expected result of `run(n)` for a full or a smoke run.
    public func expected(smoke: Bool) throws -> UInt64 {
        let text = smoke ? smokeChecksum : checksum
        guard text.hasPrefix("0x"), let value = UInt64(text.dropFirst(2), radix: 16) else {
            throw BenchError("workload \(name): checksum \"\(text)\" is not 0x-prefixed hex")
        }
        return value
    }
}

/// The manifest of the workloads and where it lives.
public struct WorkloadManifest: Sendable {
    public var directory: URL
    public var workloads: [Workload]

    /// Reads `workloads.json` in `directory`.
    public init(directory: URL) throws {
        struct File: Decodable { var workloads: [Workload] }
        let url = directory.appendingPathComponent("workloads.json")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw BenchError("cannot read \(url.path) (pass --fixtures DIR)")
        }
        self.directory = directory
        self.workloads = try JSONDecoder().decode(File.self, from: data).workloads
    }

    /// `Fixtures/bench` of the checkout this harness was built from.
    public static var defaultDirectory: URL {
        URL(fileURLWithPath: #filePath)           // Benchmarks/Sources/BenchKit/Workload.swift
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/bench")
    }

    /// The bytes of a workload's module.
    public func bytes(of workload: Workload) throws -> [UInt8] {
        let path = directory.appendingPathComponent(workload.file).path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BenchError("cannot read \(path)")
        }
        return [UInt8](data)
    }
}

/// A harness failure: bad arguments, a missing file, a wrong checksum, an engine error.
public struct BenchError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
