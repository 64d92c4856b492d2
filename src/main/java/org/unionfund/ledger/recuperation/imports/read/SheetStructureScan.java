package org.unionfund.ledger.recuperation.imports.read;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One streaming pass over a sheet's XML that refuses what an import must not guess about: a formula cell (its value
 * is whatever Excel last computed, and it may change) and merged cells (a merged trip code would silently apply to
 * rows that do not carry it). The problem names the cell.
 */
final class SheetStructureScan {

    private SheetStructureScan() {
    }

    static void requirePlainCells(InputStream sheet) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(sheet);
        String cell = null;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "c" -> cell = xml.getAttributeValue(null, "r");
                case "f" -> throw new ImportFileProblem("formula-cell", rowOf(cell), columnOf(cell), "cell " + cell
                        + " holds a formula; paste values only (Excel: 选择性粘贴 → 数值) and import again");
                case "mergeCell" -> {
                    String range = xml.getAttributeValue(null, "ref");
                    String first = range == null ? null : range.split(":")[0];
                    throw new ImportFileProblem("merged-cells", rowOf(first), columnOf(first), "cells " + range
                            + " are merged; unmerge them and fill every row (Excel: 取消单元格合并)");
                }
                default -> {
                }
            }
        }
    }

    private static Integer rowOf(String reference) {
        String digits = reference == null ? "" : reference.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : Integer.valueOf(digits);
    }

    private static String columnOf(String reference) {
        return reference == null ? null : reference.replaceAll("[0-9]", "");
    }
}
