package org.unionfund.ledger.demo.seed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.unionfund.ledger.kernel.UnionBodyLevel;

/**
 * The administrative divisions of {@code demo/divisions.csv} (GB/T 2260 codes), in file order: every parent before
 * its children, so registering them in this order always finds the parent.
 */
public final class Divisions {

    public static final String RESOURCE = "demo/divisions.csv";
    private static final Pattern CODE = Pattern.compile("[1-9][0-9]{5}");

    private final Map<String, Division> byCode;

    private Divisions(Map<String, Division> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    public static Divisions load() {
        InputStream in = Divisions.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is not on the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Divisions parse(List<String> lines) {
        Map<String, Division> divisions = new LinkedHashMap<>();
        boolean header = true;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                if (!line.equals("code,name,parent,weight")) {
                    throw new IllegalStateException(RESOURCE + ": unexpected header " + line);
                }
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 4 || !CODE.matcher(cells[0]).matches()) {
                throw new IllegalStateException(RESOURCE + ": malformed line " + line);
            }
            String parent = cells[2].isEmpty() ? null : cells[2];
            if (parent != null && !divisions.containsKey(parent)) {
                throw new IllegalStateException(RESOURCE + ": parent " + parent + " of " + cells[0]
                        + " must come first");
            }
            Division division = new Division(cells[0], cells[1], parent,
                    cells[3].isEmpty() ? 0 : Integer.parseInt(cells[3]));
            if (divisions.put(division.code(), division) != null) {
                throw new IllegalStateException(RESOURCE + ": duplicate code " + division.code());
            }
        }
        return new Divisions(divisions);
    }

    public Division get(String code) {
        Division division = byCode.get(code);
        if (division == null) {
            throw new IllegalArgumentException("no division " + code + " in " + RESOURCE);
        }
        return division;
    }

    /** The root and everything below it, parents first. */
    public List<Division> tree(String root) {
        List<Division> tree = new ArrayList<>();
        for (Division division : byCode.values()) {
            if (division.code().equals(root) || isBelow(division, root)) {
                tree.add(division);
            }
        }
        return tree;
    }

    /** The direct children of a division, in file order. */
    public List<Division> children(String code) {
        return byCode.values().stream().filter(d -> code.equals(d.parent())).toList();
    }

    /** The county-level divisions below a root, in file order. */
    public List<Division> counties(String root) {
        return tree(root).stream().filter(d -> d.level() == UnionBodyLevel.COUNTY)
                .toList();
    }

    /** Sum of the weights of a division's county-level descendants (its own weight for a county). */
    public int weightOf(String code) {
        Division division = get(code);
        if (division.level() == UnionBodyLevel.COUNTY) {
            return division.weight();
        }
        return counties(code).stream().mapToInt(Division::weight).sum();
    }

    private boolean isBelow(Division division, String root) {
        String parent = division.parent();
        while (parent != null) {
            if (parent.equals(root)) {
                return true;
            }
            parent = byCode.get(parent).parent();
        }
        return false;
    }
}
