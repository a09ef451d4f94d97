package com.cp1ki.bench;

import com.cp1ki.io.tokens.ImportOptions;
import com.cp1ki.io.tokens.ImportResult;
import com.cp1ki.io.tokens.TokenImport;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/**
 * Token import throughput, side by side on the same generated files ({@link BenchData}): the raw
 * byte scan (read the file, count newlines: the physical floor of any parser), FastCSV 3.1.0 (the
 * fastest general-purpose Java CSV reader) reading each record and parsing the two token ints, and
 * our import into distributions (with timestamps, hourly and minute buckets); for JSON Lines, our
 * import against Jackson's streaming parser reading the same fields. Each operation reads the
 * whole file once; rows per second = rows / (seconds per operation).
 *
 * <p>Run: {@code mvn -B -q -Pbench -DskipTests package && java -jar target/benchmarks.jar ImportBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class ImportBench {
    private Path csv;
    private Path jsonl;
    private final JsonFactory jackson = new JsonFactory();

    @Setup
    public void setup() throws IOException {
        csv = BenchData.csv();
        jsonl = BenchData.jsonl();
    }

    @Benchmark
    public long csvRawScan() throws IOException {
        return countNewlines(csv);
    }

    @Benchmark
    public long csvFastCsv() throws IOException {
        long sum = 0;
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(csv)) {
            boolean header = true;
            for (CsvRecord rec : r) {
                if (header) {
                    header = false;
                    continue;
                }
                sum += Integer.parseInt(rec.getField(1)) + Integer.parseInt(rec.getField(2));
            }
        }
        return sum;
    }

    @Benchmark
    public ImportResult csvOurImport() throws Exception {
        return TokenImport.importFile(csv, ImportOptions.defaults());
    }

    @Benchmark
    public ImportResult csvOurImportOneThread() throws Exception {
        return TokenImport.importFile(csv, ImportOptions.defaults().withThreads(1));
    }

    @Benchmark
    public long jsonlRawScan() throws IOException {
        return countNewlines(jsonl);
    }

    @Benchmark
    public long jsonlJacksonStreaming() throws IOException {
        long sum = 0;
        try (InputStream in = Files.newInputStream(jsonl); JsonParser p = jackson.createParser(in)) {
            JsonToken t;
            int depth = 0;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    if (v == JsonToken.START_OBJECT) {
                        depth++;
                    } else if (v == JsonToken.START_ARRAY) {
                        p.skipChildren();
                    } else if (depth == 2 && (name.equals("prompt_tokens") || name.equals("completion_tokens"))) {
                        sum += p.getLongValue();
                    } else if (depth == 1 && name.equals("created")) {
                        sum += p.getLongValue() & 1;
                    }
                }
            }
        }
        return sum;
    }

    @Benchmark
    public ImportResult jsonlOurImport() throws Exception {
        return TokenImport.importFile(jsonl, ImportOptions.defaults());
    }

    @Benchmark
    public ImportResult jsonlOurImportOneThread() throws Exception {
        return TokenImport.importFile(jsonl, ImportOptions.defaults().withThreads(1));
    }

    static long countNewlines(Path p) throws IOException {
        long n = 0;
        ByteBuffer buf = ByteBuffer.allocate(1 << 20);
        byte[] a = buf.array();
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            int k;
            while ((k = ch.read(buf)) >= 0) {
                for (int i = 0; i < k; i++) {
                    if (a[i] == '\n') {
                        n++;
                    }
                }
                buf.clear();
            }
        }
        return n;
    }
}
