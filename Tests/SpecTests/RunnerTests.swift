import Testing
import TesseraTypes
import TesseraText
import TesseraSpecTest

/// The runner's bookkeeping on hand-built scripts (no text parsing involved).
@Suite("SpecRunner")
struct RunnerTests {
    static let emptyModule: [UInt8] = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]

    static func binary(_ bytes: [UInt8], id: String? = nil, line: Int = 1) -> WastModule {
        WastModule(id: id, source: .binary(bytes), line: line)
    }

    @Test func rejectionAssertionsCheckTheErrorKind() {
        let script = WastScript(directives: [
            WastDirective(.assertMalformed(Self.binary([0x00, 0x61, 0x73]), message: "unexpected end"), line: 1),
            WastDirective(.assertMalformed(Self.binary([0x00, 0x61, 0x73, 0x6E, 1, 0, 0, 0]), message: "magic header not detected"), line: 2),
            WastDirective(.assertMalformed(Self.binary(Self.emptyModule), message: "unexpected end"), line: 3),
            WastDirective(.assertInvalid(Self.binary([0x00, 0x61, 0x73, 0x6D, 0x02, 0x00, 0x00, 0x00]), message: "type mismatch"), line: 4),
        ])
        let report = SpecRunner().run(script, file: "t.wast")
        #expect(report.passed["assert_malformed"] == 2)
        #expect(report.failed["assert_malformed"] == 1)
        // A module that does not decode is not "invalid".
        #expect(report.failed["assert_invalid"] == 1)
        #expect(report.failures.map(\.line) == [3, 4])
    }

    @Test func modulesCompileAndExecutionIsSkipped() {
        let script = WastScript(directives: [
            WastDirective(.module(Self.binary(Self.emptyModule, id: "$m")), line: 1),
            WastDirective(.assertReturn(.invoke(module: nil, name: "f", arguments: []), [.value(.i32(1))]), line: 2),
            WastDirective(.register(name: "m", instance: "$m"), line: 3),
            WastDirective(.assertTrap(.invoke(module: "$m", name: "f", arguments: []), message: "unreachable"), line: 4),
            WastDirective(.action(.get(module: "$nope", name: "g")), line: 5),
        ])
        let report = SpecRunner(execute: false).run(script, file: "t.wast")
        #expect(report.passed == ["module": 1])
        #expect(report.skipped == ["assert_return": 1, "register": 1, "assert_trap": 1])
        #expect(report.failed == ["get": 1])
        #expect(report.skipReasons == [NoExecutionEngine.reason: 3])
    }

    @Test func anEngineRunsActionsAndResultsAreMatched() {
        let script = WastScript(directives: [
            WastDirective(.module(Self.binary(Self.emptyModule)), line: 1),
            WastDirective(.assertReturn(.invoke(module: nil, name: "one", arguments: []), [.value(.i32(1))]), line: 2),
            WastDirective(.assertReturn(.invoke(module: nil, name: "one", arguments: []), [.value(.i32(2))]), line: 3),
            WastDirective(.assertReturn(.invoke(module: nil, name: "nan", arguments: []), [.f32NaN(.canonical)]), line: 4),
            WastDirective(.assertTrap(.invoke(module: nil, name: "trap", arguments: []), message: "integer divide by zero"), line: 5),
            WastDirective(.assertExhaustion(.invoke(module: nil, name: "trap", arguments: []), message: "call stack"), line: 6),
            WastDirective(.assertException(.invoke(module: nil, name: "throw", arguments: [])), line: 7),
            WastDirective(.register(name: "r", instance: nil), line: 8),
        ])
        let report = SpecRunner(engine: { FakeEngine() }).run(script, file: "t.wast")
        #expect(report.failures.map(\.line) == [3, 6])
        #expect(report.passed["assert_return"] == 2)
        #expect(report.passed["assert_trap"] == 1)
        #expect(report.passed["assert_exception"] == 1)
        #expect(report.passed["register"] == 1)
        // The trap message differs from the expected text: passes with a note.
        #expect(report.notes.map(\.line) == [5])
    }

    @Test func onlyGCDirectivesInGCFilesMaySkip() {
        let script = WastScript(directives: [
            WastDirective(.module(Self.binary(Self.emptyModule)), line: 1),
            // A failure before any GC directive was skipped on the instance stays a failure.
            WastDirective(.assertTrap(.invoke(module: nil, name: "other", arguments: []), message: "x"), line: 2),
            WastDirective(.assertReturn(.invoke(module: nil, name: "gc", arguments: []), [.value(.i32(1))]), line: 3),
            WastDirective(.action(.invoke(module: nil, name: "gc", arguments: [])), line: 4),
            WastDirective(.module(Self.binary(Self.emptyModule, id: "$g")), line: 5),
            WastDirective(.assertReturn(.invoke(module: "$g", name: "one", arguments: []), [.value(.i32(1))]), line: 6),
        ])
        let runner = SpecRunner(engine: { FakeEngine() })
        let gcFile = runner.run(script, file: "gc.wast", gcFile: true)
        #expect(gcFile.skipped == ["assert_return": 1, "invoke": 1])
        #expect(gcFile.failed == ["assert_trap": 1])
        #expect(gcFile.passed == ["module": 2, "assert_return": 1])
        let plainFile = runner.run(script, file: "plain.wast")
        #expect(plainFile.skipped.isEmpty)
        #expect(plainFile.failed == ["assert_return": 1, "assert_trap": 1, "invoke": 1])
        #expect(plainFile.failureLines[1].hasSuffix("got unsupported: gc not supported: struct.new"))
    }

    @Test func aModuleThatNeedsGCIsSkippedOnlyInGCFiles() {
        let script = WastScript(directives: [
            WastDirective(.module(Self.binary([0, 0x61, 0x73, 0x6D, 1, 0, 0, 0, 0, 4, 3, 0x67, 0x63, 0x21], id: "$m")), line: 1),
            WastDirective(.assertReturn(.invoke(module: "$m", name: "one", arguments: []), [.value(.i32(1))]), line: 2),
            WastDirective(.register(name: "m", instance: "$m"), line: 3),
        ])
        let runner = SpecRunner(engine: { FakeEngine() })
        let gcFile = runner.run(script, file: "gc.wast", gcFile: true)
        #expect(gcFile.skipped == ["module": 1, "assert_return": 1, "register": 1])
        let plainFile = runner.run(script, file: "plain.wast")
        #expect(plainFile.failed == ["module": 1, "assert_return": 1, "register": 1])
        // Decode/validate-only runs pass the module and skip the rest, whatever the reason.
        let noExecution = SpecRunner(execute: false).run(script, file: "plain.wast")
        #expect(noExecution.passed == ["module": 1])
        #expect(noExecution.skipped == ["assert_return": 1, "register": 1])
    }

    @Test func theManifestMarksGCFiles() {
        let manifest = SuiteManifest(tsv: "path\tsize\tbeyond_wasm2\r\na.wast\t1\tgc,gc-ref-results\r\nb.wast\t2\t\nsub/c.wast\t3\tmemory64,gc\n")
        #expect(manifest.isGCFile("a.wast"))
        #expect(!manifest.isGCFile("b.wast"))
        #expect(manifest.isGCFile("sub/c.wast"))
        #expect(!manifest.isGCFile("missing.wast"))
        #expect(!SuiteManifest.isGCFile(atPath: "/nonexistent/tessera/x.wast"))
    }

    @Test func anUnparsableScriptIsOneFailure() {
        let report = SpecRunner().run(source: "(module", file: "bad.wast")
        #expect(report.failed == ["script": 1])
        #expect(report.totalPassed == 0)
    }

    @Test func anUnreadableFileIsOneFailure() {
        let report = SpecRunner().runFile(atPath: "/nonexistent/tessera/x.wast")
        #expect(report.failed == ["script": 1])
    }

    @Test func jsonLinesAreSortedAndEscaped() {
        var report = FileReport(file: "dir/a\"b\\c\n.wast")
        report.record(DirectiveOutcome(line: 1, kind: "module", status: .passed))
        report.record(DirectiveOutcome(line: 2, kind: "assert_return", status: .skipped(reason: "x")))
        report.record(DirectiveOutcome(line: 3, kind: "assert_invalid", status: .passed))
        report.record(DirectiveOutcome(line: 4, kind: "assert_invalid", status: .failed(expected: "e", got: "g")))
        #expect(report.jsonLine == #"{"failed": {"assert_invalid": 1}, "file": "dir/a\"b\\c\n.wast", "passed": {"assert_invalid": 1, "module": 1}, "skipped": {"assert_return": 1}}"#)
        #expect(SuiteTotals([report, report]).summaryLine == "4 passed, 2 failed, 2 skipped")
        #expect(report.failureLines == ["dir/a\"b\\c\n.wast:4: assert_invalid: expected e, got g"])
        #expect(jsonString("\u{01}") == #""\u0001""#)
    }

    @Test func nanPatternsAndLanes() {
        #expect(NaNPattern.canonical.matches(f32: 0x7FC0_0000))
        #expect(NaNPattern.canonical.matches(f32: 0xFFC0_0000))
        #expect(!NaNPattern.canonical.matches(f32: 0x7FC0_0001))
        #expect(NaNPattern.arithmetic.matches(f32: 0x7FC0_0001))
        #expect(!NaNPattern.arithmetic.matches(f32: 0x7F80_0001))
        #expect(NaNPattern.canonical.matches(f64: 0x7FF8_0000_0000_0000))
        #expect(!NaNPattern.arithmetic.matches(f64: 0x7FF0_0000_0000_0001))
        let v = V128(low: 0x7FC0_0000_3F80_0000, high: 0xFFC0_0000_0000_0000)
        let lanes: [LanePattern] = [.f32(0x3F80_0000), .f32NaN(.canonical), .f32(0), .f32NaN(.arithmetic)]
        #expect(WastExpected.v128Lanes(lanes).matches(.v128(v)))
        #expect(!WastExpected.v128Lanes([.i64(0), .i64(0)]).matches(.v128(v)))
        #expect(WastExpected.refKind(.eq).matches(.ref(.i31(3))))
        #expect(!WastExpected.refKind(.structure).matches(.ref(.array)))
        #expect(WastExpected.value(.refNull(.function)).matches(.ref(.null)))
        #expect(WastExpected.either([.value(.i32(1)), .value(.i32(2))]).matches(.i32(2)))
    }
}

/// An engine with a fixed set of exports, to exercise the runner's execution plumbing.
struct FakeEngine: SpecEngine {
    var instances = 0

    mutating func instantiate(_ module: CompiledModule) -> InstantiationOutcome {
        // A module with a custom section named "gc!" stands for one whose instantiation needs GC.
        if module.validated.module.customSections.contains(where: { $0.name == "gc!" }) {
            return .unsupported("gc not supported: struct.new in a global initializer")
        }
        instances += 1
        return .instantiated(InstanceHandle(id: instances))
    }

    mutating func register(_ instance: InstanceHandle, as name: String) -> RegistrationOutcome {
        instance.id == instances ? .registered : .failed(WasmError(.unlinkable, "unknown instance"))
    }

    mutating func invoke(_ instance: InstanceHandle, export: String, arguments: [WastValue]) -> ActionOutcome {
        switch export {
        case "one": .returned([.i32(1)])
        case "nan": .returned([.f32(0xFFC0_0000)])
        case "trap": .failed(WasmError(.trap, "unreachable executed"))
        case "throw": .uncaughtException
        case "gc": .unsupported("gc not supported: struct.new")
        case "other": .unsupported("not yet supported: something")
        default: .failed(WasmError(.trap, "unknown export"))
        }
    }

    mutating func get(_ instance: InstanceHandle, export: String) -> ActionOutcome {
        .unsupported("no globals")
    }
}
