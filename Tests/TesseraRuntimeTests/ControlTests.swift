import Testing
import TesseraRuntime
import TesseraText
import TesseraTypes

@Suite struct ControlTests {
    let instance: Instance

    init() throws {
        instance = try instantiate("""
        (module
          (type $binop (func (param i32 i32) (result i32)))
          (table 2 funcref)
          (elem (i32.const 0) $sub $mul)
          (func $sub (type $binop) (i32.sub (local.get 0) (local.get 1)))
          (func $mul (type $binop) (i32.mul (local.get 0) (local.get 1)))
          (func $fib (export "fib") (param i32) (result i32)
            (if (result i32) (i32.lt_s (local.get 0) (i32.const 2))
              (then (local.get 0))
              (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                             (call $fib (i32.sub (local.get 0) (i32.const 2)))))))
          (func (export "sum") (param i32) (result i64) (local i64)
            (block $done
              (loop $next
                (br_if $done (i32.eqz (local.get 0)))
                (local.set 1 (i64.add (local.get 1) (i64.extend_i32_u (local.get 0))))
                (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
                (br $next)))
            (local.get 1))
          (func (export "switch") (param i32) (result i32)
            (block $c (block $b (block $a
              (br_table $a $b $c (local.get 0)))
              (return (i32.const 10)))
              (return (i32.const 20)))
            (i32.const 30))
          (func (export "apply") (param i32 i32 i32) (result i32)
            (call_indirect (type $binop) (local.get 1) (local.get 2) (local.get 0)))
          (func (export "swap") (param i32 i32) (result i32 i32) (local.get 1) (local.get 0))
          (func (export "select") (param i32) (result i32) (select (i32.const 1) (i32.const 2) (local.get 0)))
          (func (export "tee") (param i32) (result i32) (local i32)
            (i32.add (local.tee 1 (i32.mul (local.get 0) (i32.const 3))) (local.get 1)))
          (func (export "overwrite") (param i32) (result i32)
            ;; the first operand must see the old value of the local
            (local.get 0) (local.set 0 (i32.const 100)) (local.get 0) (i32.sub))
          (func (export "count") (param i32) (result i32) (local i32)
            (loop $l
              (local.set 1 (i32.add (local.get 1) (i32.const 1)))
              (br_if $l (i32.lt_u (local.get 1) (local.get 0))))
            (local.get 1))
          (func $down (export "tail") (param i32) (result i32)
            (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 42))
              (else (return_call $down (i32.sub (local.get 0) (i32.const 1))))))
          (func (export "boom") (unreachable)))
        """)
    }

    @Test func recursionAndLoops() throws {
        #expect(try instance.call("fib", .i32(20)) == [.i32(6765)])
        #expect(try instance.call("sum", .i32(100_000)) == [.i64(5_000_050_000)])
        #expect(try instance.call("count", .i32(1000)) == [.i32(1000)])
        #expect(try instance.call("tail", .i32(1_000_000)) == [.i32(42)])
    }

    @Test func branchesAndValues() throws {
        #expect(try instance.call("switch", .i32(0)) == [.i32(10)])
        #expect(try instance.call("switch", .i32(1)) == [.i32(20)])
        #expect(try instance.call("switch", .i32(7)) == [.i32(30)])
        #expect(try instance.call("swap", .i32(1), .i32(2)) == [.i32(2), .i32(1)])
        #expect(try instance.call("select", .i32(0)) == [.i32(2)])
        #expect(try instance.call("tee", .i32(5)) == [.i32(30)])
        #expect(try instance.call("overwrite", .i32(5)) == [.i32(-95)])
    }

    @Test func indirectCalls() throws {
        #expect(try instance.call("apply", .i32(0), .i32(9), .i32(4)) == [.i32(5)])
        #expect(try instance.call("apply", .i32(1), .i32(9), .i32(4)) == [.i32(36)])
        #expect(wasmError { _ = try instance.call("apply", .i32(2), .i32(0), .i32(0)) }?.message == "undefined element")
        #expect(wasmError { _ = try instance.call("boom") }?.message == "unreachable")
    }
}

@Suite struct ExceptionTests {
    @Test func throwAndCatchAcrossCalls() throws {
        let instance = try instantiate("""
        (module
          (tag $e (export "e") (param i64 i32))
          (tag $f)
          (func $thrower (param i32)
            (if (i32.eqz (local.get 0)) (then (throw $f)))
            (throw $e (i64.extend_i32_s (local.get 0)) (local.get 0)))
          (func (export "catch") (param i32) (result i64)
            (block $h (result i64 i32)
              (try_table (catch $e $h) (call $thrower (local.get 0)))
              (return (i64.const -1)))
            (i64.add (i64.extend_i32_u)))
          (func (export "catch_all") (param i32) (result i32)
            (block $h
              (try_table (result i32) (catch_all $h) (call $thrower (local.get 0)) (i32.const 1))
              (return))
            (i32.const 2))
          (func (export "rethrow") (param i32) (result i32)
            (block $h (result exnref)
              (try_table (catch_all_ref $h) (call $thrower (local.get 0)))
              (return (i32.const 0)))
            (throw_ref))
          (func (export "loop_catch") (param i32) (result i32) (local $n i32)
            (loop $again
              (block $h
                (try_table (catch $f $h) (call $thrower (i32.const 0)))
                (unreachable))
              (local.set $n (i32.add (local.get $n) (i32.const 1)))
              (br_if $again (i32.lt_u (local.get $n) (local.get 0))))
            (local.get $n)))
        """)
        #expect(try instance.call("catch", .i32(20)) == [.i64(40)])
        #expect(try instance.call("catch_all", .i32(0)) == [.i32(2)])
        #expect(try instance.call("catch_all", .i32(5)) == [.i32(2)])
        // A plain catch frees the exception object: a long loop of throws does not accumulate them.
        #expect(try instance.call("loop_catch", .i32(100_000)) == [.i32(100_000)])
        let error = wasmError { _ = try instance.call("catch", .i32(0)) }
        #expect(error?.kind == .exception)
        #expect(error?.message.contains("tag 1") == true)
    }

    @Test func exceptionsReachTheHost() throws {
        let engine = Engine()
        let store = Store(engine: engine)
        let module = try Module(engine: engine, bytes: try parseWat("""
        (module
          (tag $e (export "e") (param i32 f64))
          (func (export "throw") (param i32) (throw $e (local.get 0) (f64.const 2.5))))
        """))
        let instance = try store.instantiate(module, imports: [])
        let error = wasmError { _ = try instance.function("throw")!.call([.i32(7)]) }
        #expect(error?.kind == .exception)
        #expect(error?.message == "uncaught exception: tag 0 \"e\"")
        let exception = try #require(store.takeCaughtException())
        #expect(exception.tag == instance.export("e")!.tag!)
        #expect(exception.payload == [.i32(7), .float64(2.5)])
        #expect(store.takeCaughtException() == nil)
    }

    @Test func hostFunctionsThrowIntoWasm() throws {
        let engine = Engine()
        let store = Store(engine: engine)
        let tag = try Tag(store: store, parameters: [.i32], name: "host")
        var linker = Linker()
        try linker.define(module: "host", name: "tag", .tag(tag))
        try linker.define(module: "host", name: "fail", type: FunctionType(parameters: [.i32])) { caller, args in
            throw try caller.store.error(throwing: caller.store.makeException(tag: tag, payload: [args[0]]))
        }
        let module = try Module(engine: engine, bytes: try parseWat("""
        (module
          (import "host" "tag" (tag $t (param i32)))
          (import "host" "fail" (func $fail (param i32)))
          (func (export "run") (param i32) (result i32)
            (block $h (result i32)
              (try_table (catch $t $h) (call $fail (local.get 0)))
              (i32.const -1)))
          (func (export "escape") (call $fail (i32.const 3)))
          (func (export "many") (param i32) (result i32) (local $sum i32)
            (loop $next
              (block $h (result i32)
                (try_table (catch $t $h) (call $fail (local.get 0)))
                (unreachable))
              (local.set $sum (i32.add (local.get $sum)))
              (br_if $next (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
            (local.get $sum)))
        """))
        let instance = try linker.instantiate(module, in: store)
        #expect(try instance.call("run", .i32(41)) == [.i32(41)])
        // Rethrowing at the call site keeps the host-call handler's dispatch a tail call.
        #expect(try instance.call("many", .i32(20_000)) == [.i32(200_010_000)])
        #expect(wasmError { _ = try instance.call("escape") }?.kind == .exception)
        #expect(store.takeCaughtException()?.payload == [.i32(3)])
    }

    @Test func tagsMatchByIdentityAcrossInstances() throws {
        let engine = Engine()
        let store = Store(engine: engine)
        let a = try store.instantiate(try Module(engine: engine, bytes: try parseWat("""
        (module (tag $e (export "e")) (func (export "throw") (throw $e)))
        """)), imports: [])
        let b = try Module(engine: engine, bytes: try parseWat("""
        (module
          (import "a" "e" (tag $imported))
          (import "a" "throw" (func $throw))
          (tag $own)
          (func (export "imported") (result i32)
            (block $h (try_table (catch $imported $h) (call $throw)) (return (i32.const 0)))
            (i32.const 1))
          (func (export "own") (result i32)
            (block $h (try_table (catch $own $h) (call $throw)) (return (i32.const 0)))
            (i32.const 1)))
        """))
        let instance = try store.instantiate(b, imports: [a.export("e")!, a.export("throw")!])
        #expect(try instance.call("imported") == [.i32(1)])
        #expect(wasmError { _ = try instance.call("own") }?.kind == .exception)
        let mismatch = try Module(engine: engine, bytes: try parseWat("""
        (module (import "a" "e" (tag (param i32))))
        """))
        #expect(wasmError { _ = try store.instantiate(mismatch, imports: [a.export("e")!]) }?.kind == .unlinkable)
    }

    @Test func trapsAreNotCaught() throws {
        let instance = try instantiate("""
        (module
          (func (export "f") (result i32)
            (block $h (try_table (catch_all $h) (unreachable)))
            (i32.const 1)))
        """)
        #expect(wasmError { _ = try instance.call("f") }?.message == "unreachable")
    }
}

@Suite struct FunctionReferenceTests {
    let instance: Instance

    init() throws {
        instance = try instantiate("""
        (module
          (type $ii (func (param i32) (result i32)))
          (func $double (type $ii) (i32.add (local.get 0) (local.get 0)))
          (elem declare func $double)
          (func (export "call") (param i32 i32) (result i32)
            (call_ref $ii (local.get 0)
              (select (result (ref null $ii)) (ref.func $double) (ref.null $ii) (local.get 1))))
          (func (export "tail") (param i32) (result i32)
            (return_call_ref $ii (local.get 0) (ref.func $double)))
          (func (export "on_null") (param i32) (result i32)
            (block $null
              (return (call_ref $ii (i32.const 5)
                (br_on_null $null (select (result (ref null $ii)) (ref.func $double) (ref.null $ii) (local.get 0))))))
            (i32.const -1))
          (func (export "on_non_null") (param i32) (result i32) (local $r (ref null $ii))
            (local.set $r
              (block $some (result (ref $ii))
                (br_on_non_null $some (select (result (ref null $ii)) (ref.func $double) (ref.null $ii) (local.get 0)))
                (return (i32.const -1))))
            (call_ref $ii (i32.const 6) (ref.as_non_null (local.get $r))))
          (func (export "as_non_null") (param i32) (result i32)
            (ref.is_null (ref.as_non_null
              (select (result (ref null $ii)) (ref.func $double) (ref.null $ii) (local.get 0))))))
        """)
    }

    @Test func callsThroughReferences() throws {
        #expect(try instance.call("call", .i32(21), .i32(1)) == [.i32(42)])
        #expect(try instance.call("tail", .i32(4)) == [.i32(8)])
        #expect(wasmError { _ = try instance.call("call", .i32(21), .i32(0)) }?.message == "null function reference")
    }

    @Test func nullBranchesAndChecks() throws {
        #expect(try instance.call("on_null", .i32(1)) == [.i32(10)])
        #expect(try instance.call("on_null", .i32(0)) == [.i32(-1)])
        #expect(try instance.call("on_non_null", .i32(1)) == [.i32(12)])
        #expect(try instance.call("on_non_null", .i32(0)) == [.i32(-1)])
        #expect(try instance.call("as_non_null", .i32(1)) == [.i32(0)])
        #expect(wasmError { _ = try instance.call("as_non_null", .i32(0)) }?.message == "null reference")
    }
}

@Suite struct SubtypingTests {
    @Test func indirectCallsAndImportsAcceptDeclaredSubtypes() throws {
        let engine = Engine()
        let store = Store(engine: engine)
        let provider = try store.instantiate(try Module(engine: engine, bytes: try parseWat("""
        (module
          (type $base (sub (func (result i32))))
          (type $derived (sub $base (func (result i32))))
          (func $f (export "f") (type $derived) (i32.const 7))
          (table (export "t") 1 funcref)
          (elem (i32.const 0) $f)
          (func (export "call_base") (result i32) (call_indirect (type $base) (i32.const 0))))
        """)), imports: [])
        #expect(try provider.call("call_base") == [.i32(7)])
        let consumer = try Module(engine: engine, bytes: try parseWat("""
        (module
          (type $base (sub (func (result i32))))
          (import "p" "f" (func (type $base))))
        """))
        _ = try store.instantiate(consumer, imports: [provider.export("f")!])
        let unrelated = try Module(engine: engine, bytes: try parseWat("""
        (module
          (type $base (sub (func (result i32))))
          (type $derived (sub $base (func (result i32))))
          (type $deeper (sub $derived (func (result i32))))
          (import "p" "f" (func (type $deeper))))
        """))
        #expect(wasmError { _ = try store.instantiate(unrelated, imports: [provider.export("f")!]) }?.kind == .unlinkable)
    }
}

@Suite struct BacktraceTests {
    @Test func trapsCarryTheWasmCallStack() throws {
        let instance = try instantiate("""
        (module
          (func $inner (unreachable))
          (func $middle (call $inner))
          (func (export "outer") (nop) (call $middle)))
        """)
        let error = try #require(wasmError { _ = try instance.call("outer") })
        let frames = try #require(error.backtrace?.frames)
        #expect(frames.map(\.functionIndex) == [0, 1, 2])
        #expect(frames.map(\.functionName) == ["inner", "middle", nil])
        #expect(frames.allSatisfy { $0.offset != nil })
        #expect(error.description.contains("1: middle (function 1) at offset 0x"))
    }
}
