import Foundation

/// How many cores the machine gives this process right now: `threads` threads spin for
/// `seconds`, and the CPU time they got is divided by the wall time. On a quiet 2-core machine
/// two threads get about 2.0; on a shared one less, and no program could scale beyond that.
public enum CoreProbe {
    public static func coresAvailable(threads: Int, seconds: Double = 0.5) -> Double {
        let group = DispatchGroup()
        let cpuBefore = SystemInfo.cpuSeconds()
        let start = SystemInfo.now()
        for _ in 0..<max(1, threads) {
            group.enter()
            Thread {
                var x: UInt64 = 1
                while SystemInfo.now() - start < seconds {
                    for _ in 0..<10_000 { x = x &* 6364136223846793005 &+ 1442695040888963407 }
                }
                withExtendedLifetime(x) {}
                group.leave()
            }.start()
        }
        group.wait()
        let wall = SystemInfo.now() - start
        return wall > 0 ? (SystemInfo.cpuSeconds() - cpuBefore) / wall : 0
    }
}
