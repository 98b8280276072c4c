package dev.parley.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.parley.ParleyException;
import dev.parley.ParleyException.BadInputException;
import dev.parley.extract.ArticleReader;

/**
 * A {@code NAME.txt} article (with its optional {@code NAME.meta.json}) as a file of one record, read by
 * {@link ArticleReader}; its checksum is of both files' bytes, as load records of text articles always had.
 */
public final class TextFileReader extends SingleRecordReader {
    TextFileReader(Path file, InputOptions options) {
        super(file, options);
    }

    @Override
    SourceRecord read(Locator where) {
        try {
            return new SourceRecord.Read(where, ArticleReader.read(file, options.maxBytes()), checksum(file));
        } catch (BadInputException e) {
            return new SourceRecord.Unreadable(where, e.getMessage());
        }
    }


    /** SHA-256 of the article's text file and, when present, its metadata file. */
    public static String checksum(Path txt) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(Files.readAllBytes(txt));
            String name = txt.getFileName().toString();
            Path meta = txt.resolveSibling(name.substring(0, name.length() - 4) + ".meta.json");
            if (Files.exists(meta)) {
                md.update((byte) 0);
                md.update(Files.readAllBytes(meta));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new BadInputException(txt + ": cannot read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new ParleyException("SHA-256 is not available", e);
        }
    }
}
