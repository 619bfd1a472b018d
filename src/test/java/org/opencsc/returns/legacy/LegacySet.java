package org.opencsc.returns.legacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.opencsc.child.Upn;

/** A small SSDA903 set written by a test: lines per file, the header line first, with a child id no other test uses. */
final class LegacySet {

    static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
    static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
    static final String REVIEWS = "CHILD,DOB,REVIEW,REVIEW_CODE";
    static final String MISSING = "CHILD,DOB,MISSING,MIS_START,MIS_END";
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final Map<String, List<String>> files = new LinkedHashMap<>();

    static String newChild() {
        return "T" + NEXT.incrementAndGet() + "X" + (System.nanoTime() % 1000);
    }

    static String upn(int serial) {
        return Upn.withCheckLetter(String.format("80123456%04d", serial % 10_000));
    }

    LegacySet line(String file, String header, String line) {
        files.computeIfAbsent(file, f -> new ArrayList<>(List.of(header))).add(line);
        return this;
    }

    LegacySet header(String line) {
        return line("header.csv", HEADER, line);
    }

    LegacySet episode(String line) {
        return line("episodes.csv", EPISODES, line);
    }

    LegacySet review(String line) {
        return line("reviews.csv", REVIEWS, line);
    }

    /** A child born on 1 January 2010, looked after from 1 April 2016 to 1 March 2017: three episodes and two reviews. */
    LegacySet cleanChild(String child) {
        header(child + ",1,01/01/2010,WBRI," + upn(child.hashCode()) + ",,");
        episode(child + ",01/04/2016,S,C1,N1,U1,PR1,01/06/2016,X1,CARPL,AB1 2CD,AB3 4EF,");
        episode(child + ",01/06/2016,P,C1,N1,U4,PR1,01/09/2016,X1,,AB1 2CD,AB5 6GH,");
        episode(child + ",01/09/2016,L,C2,N1,U4,PR1,01/03/2017,E13,,AB1 2CD,AB5 6GH,");
        review(child + ",01/01/2010,15/04/2016,PN1");
        return review(child + ",01/01/2010,15/10/2016,PN3");
    }

    Path writeTo(Path directory) throws IOException {
        for (var file : files.entrySet()) {
            Files.writeString(directory.resolve(file.getKey()), String.join("\n", file.getValue()) + "\n", StandardCharsets.UTF_8);
        }
        return directory;
    }
}
