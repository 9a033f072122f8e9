package io.driftwatch.inventory;

import io.driftwatch.files.SourceFileException;
import io.driftwatch.files.SourceFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV device list: a header naming the columns in any order, then one device per line. Blank lines and lines
 * starting with {@code #} are skipped; messages use the file's physical line numbers.
 */
final class CsvDeviceReader {

    private static final Set<String> REQUIRED_COLUMNS = Set.of("name", "host", "platform", "credential");

    private static final Pattern CSV_POSITION = Pattern.compile(" at line: (\\d+)(, position: \\d+)?$");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .get();

    private CsvDeviceReader() {
    }

    static List<DeviceFields> read(Path file) throws SourceFileException {
        String text = SourceFiles.read(file);
        LineLocator lines = new LineLocator(text);
        List<DeviceFields> devices = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = null;
            int headerLine = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = lines.contentLineAt(record.getCharacterPosition());
                if (isBlank(record)) {
                    continue;
                }
                if (header == null) {
                    header = header(file, record, line);
                    headerLine = line;
                    continue;
                }
                if (record.size() != header.size()) {
                    throw new SourceFileException(file, line, "has " + record.size() + " fields but the header (line "
                            + headerLine + ") has " + header.size() + " columns");
                }
                Map<String, DeviceFields.Field> fields = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    if (!record.get(i).isEmpty()) {
                        fields.put(header.get(i), new DeviceFields.Field(record.get(i), line));
                    }
                }
                devices.add(new DeviceFields(line, fields));
            }
            if (header == null) {
                throw new SourceFileException(file, 0, "no header line (name,host,port,platform,credential,group)");
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw malformed(file, e);
        }
        return devices;
    }

    /**
     * commons-csv reports malformed quoting as "... at line: 4, position: 19"; the line is moved into the
     * message prefix so CSV errors read like all others.
     */
    private static SourceFileException malformed(Path file, Exception e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = String.valueOf(cause.getMessage());
        Matcher position = CSV_POSITION.matcher(message);
        if (position.find()) {
            return new SourceFileException(file, Integer.parseInt(position.group(1)),
                    "invalid CSV: " + message.substring(0, position.start()));
        }
        return new SourceFileException(file, 0, "invalid CSV: " + message);
    }

    /** A line holding only spaces comes through as one empty field. */
    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }

    private static List<String> header(Path file, CSVRecord record, int line) throws SourceFileException {
        List<String> columns = new ArrayList<>();
        for (String cell : record) {
            // Column names are matched ignoring case because spreadsheet users capitalise headers.
            String column = cell.toLowerCase(Locale.ROOT);
            if (column.isEmpty()) {
                throw new SourceFileException(file, line, "header has an empty column name");
            }
            if (!DeviceFields.KEYS.contains(column)) {
                throw new SourceFileException(file, line, "unknown column '" + cell + "' (allowed: "
                        + String.join(", ", new TreeSet<>(DeviceFields.KEYS)) + ")");
            }
            if (columns.contains(column)) {
                throw new SourceFileException(file, line, "column '" + cell + "' appears twice in the header");
            }
            columns.add(column);
        }
        Set<String> missing = new TreeSet<>(REQUIRED_COLUMNS);
        missing.removeAll(columns);
        if (!missing.isEmpty()) {
            throw new SourceFileException(file, line, "header lacks required column(s): " + String.join(", ", missing));
        }
        return columns;
    }

    /**
     * Maps a record's starting character to its physical line. commons-csv counts a record as starting before the
     * comments and blank lines it skipped, so those are stepped over here. Records arrive in order, so the scan only
     * ever moves forward.
     */
    private static final class LineLocator {
        private final String text;
        private int offset;
        private int line = 1;

        LineLocator(String text) {
            this.text = text;
        }

        int contentLineAt(long position) {
            advanceTo((int) position);
            while (offset < text.length() && isSkippedLine()) {
                int next = text.indexOf('\n', offset);
                if (next < 0) {
                    break;
                }
                advanceTo(next + 1);
            }
            return line;
        }

        private boolean isSkippedLine() {
            int end = text.indexOf('\n', offset);
            String content = text.substring(offset, end < 0 ? text.length() : end);
            return content.isBlank() || content.startsWith("#");
        }

        private void advanceTo(int target) {
            for (; offset < target && offset < text.length(); offset++) {
                if (text.charAt(offset) == '\n') {
                    line++;
                }
            }
        }
    }
}
