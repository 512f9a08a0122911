import { describe, expect, it } from 'vitest';
import { sheetXmlExtent } from '../../../src/lib/import/xlsx-extent.ts';

describe('how far a worksheet reaches', () => {
  it('reads the farthest cell reference, the dimension and rows without references', () => {
    expect(sheetXmlExtent('<sheetData><row r="1"><c r="A1"/><c r="C1"/></row><row r="7"><c r="B7"/></row></sheetData>')).toEqual({ rows: 7, columns: 3 });
    expect(sheetXmlExtent('<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"/></row></sheetData>')).toEqual({ rows: 1048576, columns: 16384 });
    expect(sheetXmlExtent('<x:sheetData><x:row><x:c/><x:c/></x:row><x:row><x:c/></x:row></x:sheetData>')).toEqual({ rows: 2, columns: 2 });
    expect(sheetXmlExtent('<sheetData><row r="2"><c r="BH2"/><c/></row></sheetData>')).toEqual({ rows: 2, columns: 61 });
  });
});
