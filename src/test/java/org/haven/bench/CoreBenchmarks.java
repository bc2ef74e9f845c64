package org.haven.bench;

import org.haven.audit.domain.AuditHash;
import org.haven.audit.domain.AuditRecord;
import org.haven.directory.domain.RosterCsv;
import org.haven.evidence.domain.FileType;
import org.haven.platform.security.PasswordHasher;
import org.haven.reporting.domain.ReceiptCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Figures for the costs that shape Haven's behaviour, printed by deploy/benchmark.sh (never asserted in tests):
 * the password/receipt hash (what a login or a receipt attempt costs the server), the audit hash per entry,
 * parsing a district-size roster, and detecting a file's type.
 */
public final class CoreBenchmarks {

    private CoreBenchmarks() {
    }

    public static void main(String[] args) {
        System.out.printf("java %s, %d cores%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        PasswordHasher hasher = new PasswordHasher();
        String stored = hasher.hash("Demo-Haven-2026".toCharArray());
        report("PBKDF2-SHA256 verify (login, receipt check)", 15, i -> hasher.verify("Demo-Haven-2026".toCharArray(), stored));

        AuditRecord record = new AuditRecord(42L, "referent.college", "referent", "REPORT_VIEWED", "report", "1234",
                7L, "detail");
        Instant now = Instant.now();
        report("audit hashes, batch of 10,000 entries", 20, i -> {
            String previous = AuditHash.GENESIS;
            for (int n = 0; n < 10_000; n++) {
                previous = AuditHash.of(n, now, record, previous);
            }
        });

        StringBuilder csv = new StringBuilder("kind,ref,first_name,last_name,school,class,birth_date\n");
        for (int n = 0; n < 20_000; n++) {
            csv.append("student,S").append(n).append(",Prénom,Nom,DEMO-COLLEGE,4e B,2012-03-04\n");
        }
        String roster = csv.toString();
        report("roster parse, 20,000 lines", 10, i -> RosterCsv.parse(roster, LocalDate.of(2026, 11, 29)));

        byte[] png = new byte[4096];
        byte[] sig = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(sig, 0, png, 0, sig.length);
        byte[] text = "Capture du message reçu hier soir à 22 h\n".repeat(100).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        report("file type detection, 1,000 PNG + 1,000 text heads", 20, i -> {
            for (int n = 0; n < 1000; n++) {
                FileType.detect(png, png.length);
                FileType.detect(text, Math.min(text.length, FileType.HEAD_BYTES));
            }
        });
        report("receipt generation, 10,000 codes", 20, i -> {
            for (int n = 0; n < 10_000; n++) {
                ReceiptCode.generate();
            }
        });
    }

    /** Runs the work a few times to warm up, then {@code runs} times, and prints the median and the spread. */
    private static void report(String name, int runs, IntConsumer work) {
        for (int i = 0; i < 3; i++) {
            work.accept(i);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.accept(i);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-55s median %9.2f ms  min %9.2f  max %9.2f  (%d runs)%n", name, ms[runs / 2], ms[0],
                ms[runs - 1], runs);
    }
}
