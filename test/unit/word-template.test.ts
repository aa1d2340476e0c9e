import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleTemplate, hostileTemplates } from '../../scripts/make-template-fixtures';
import { runCli } from '../../scripts/appendix-cli';
import { readAppendix } from '../../src/appendix/read-appendix';
import { fillFields } from '../../src/appendix/template/fields';
import { inspectTemplate } from '../../src/appendix/template/inspect';
import { parseConfig } from '../../src/config/config-schema';

const work = mkdtempSync(join(tmpdir(), 'ulk-template-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const EXAMPLE = 'test/fixtures/templates/example-bilaga.dotx';

const at = '2026-03-01T10:00:00.000Z';
const caseFile = join(work, 'case.json');
writeFileSync(
  caseFile,
  JSON.stringify({
    format: 'underlagskollen-case',
    version: 2,
    savedAt: at,
    case: {
      id: 'template-case',
      createdAt: at,
      updatedAt: at,
      answers: {
        'a.title': 'Ny simhall i Östby',
        'a.dnr': 'RS 2026-00123',
        'a.committee': 'Regionstyrelsen',
        'a.meetingDate': '2026-04-14',
        'a.appendixNumber': '3',
      },
    },
  }),
);

async function parts(path: string) {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const read = (p: string) => zip.file(p)?.async('string') ?? Promise.resolve('');
  return { zip, styles: await read('word/styles.xml'), header: await read('word/tpl-header1.xml') };
}

describe("the organisation's Word template", () => {
  it('is committed as the generator makes it', () => {
    expect(Buffer.from(exampleTemplate()).equals(readFileSync(EXAMPLE))).toBe(true);
  });

  it.each(hostileTemplates().map((h) => [h.name, h.code, h.bytes] as const))(
    'refuses %s with the problem "%s"',
    async (_name, code, bytes) => {
      const r = await inspectTemplate(bytes);
      expect(r.ok ? 'accepted' : r.problem.code).toBe(code);
    },
  );

  it('names the style a template lacks', async () => {
    const h = hostileTemplates().find((x) => x.name === 'no-heading-2.dotx')!;
    expect(await inspectTemplate(h.bytes)).toEqual({
      ok: false,
      problem: { code: 'missingStyle', detail: 'heading 2' },
    });
  });

  it("fills the header's fields, takes its heading font and keeps the real heading styles", async () => {
    const out = join(work, 'with-template.docx');
    const r = await runCli([caseFile, out, '--template', EXAMPLE]);
    expect(r).toMatchObject({ code: 0, err: [] });
    const { zip, styles, header } = await parts(out);
    // {{dnr}} was split over two runs in the template; the content control held "Klicka här".
    expect(header).toContain('Dnr RS 2026-00123');
    expect(header).toContain('Bilaga 3');
    expect(header).not.toMatch(/\{\{|Klicka här|showingPlcHdr/);
    expect(zip.file('word/media/tpl-header1-1.png')).not.toBeNull();
    // The Swedish Word's "Rubrik1" is the appendix's Heading1, in the template's font.
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?DejaVu Sans[\s\S]*?<\/w:style>/);
    expect(styles).not.toContain('w:styleId="Rubrik1"');
    expect(styles).toContain('<w:lang w:val="sv-SE"/>');
    expect(styles).not.toContain('en-US');
    const document = await zip.file('word/document.xml')!.async('string');
    expect(document).toContain('<w:pgMar w:top="1701"');
    expect(document).toContain('<w:tblStyle w:val="TableGrid"/>');
    // The case is still embedded and reads back.
    expect(await readAppendix(new Uint8Array(readFileSync(out)))).toMatchObject({ status: 'ok' });
  });

  it('makes the appendix in the built-in look when the template is hostile, and says why', async () => {
    const bad = join(work, 'macros.dotm');
    writeFileSync(bad, hostileTemplates().find((h) => h.code === 'macros')!.bytes);
    const out = join(work, 'fallback.docx');
    const r = await runCli([caseFile, out, '--template', bad]);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([
      `warning: ${bad}: the template contains macros (word/vbaProject.bin); using the built-in look.`,
    ]);
    const { zip, styles } = await parts(out);
    expect(styles).toContain('w:ascii="Arial"');
    expect(zip.file('word/tpl-header1.xml')).toBeNull();
    expect(zip.file('word/vbaProject.bin')).toBeNull();
  });

  it('fills a placeholder split over runs and keeps the first run’s formatting', () => {
    const xml =
      '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Dnr {{ d</w:t></w:r><w:proofErr w:type="spellStart"/>' +
      '<w:r><w:t>nr }} sida {{sida}}</w:t></w:r></w:p>';
    const out = fillFields(xml, { dnr: 'RS 2026-00123 & <x>' });
    expect(out).toContain(
      '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Dnr RS 2026-00123 &amp; &lt;x&gt;</w:t></w:r>',
    );
    expect(out).toContain('<w:instrText xml:space="preserve"> PAGE </w:instrText>');
    expect(out).not.toContain('{{');
  });
});

describe('appendix.template in config.json', () => {
  it('accepts a relative path to a .dotx and refuses an address on another server', () => {
    expect(
      parseConfig({ version: 1, appendix: { template: 'templates/bilaga.dotx' } }).config.appendix
        .template,
    ).toBe('templates/bilaga.dotx');
    for (const bad of [
      'https://evil.example/t.dotx',
      '../t.dotx',
      '/t.dotx',
      'templates/t.dotm',
      '//x/t.docx',
    ]) {
      const parsed = parseConfig({ version: 1, appendix: { template: bad } });
      expect(parsed.config.appendix.template).toBeUndefined();
      expect(parsed.problems.map((p) => [p.path, p.messageKey])).toEqual([
        ['appendix.template', 'settings:problems.invalidTemplatePath'],
      ]);
    }
  });

  it('reads an older config without a template as before', () => {
    const parsed = parseConfig(JSON.parse(readFileSync('public/config.json', 'utf8')));
    expect(parsed.problems).toEqual([]);
    expect(parsed.config.appendix.template).toBeUndefined();
  });
});

function soffice(): string {
  return ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p)) ?? '';
}

describe('the appendix with the example template in LibreOffice', () => {
  it("shows the template's header with the case's Dnr and the template's heading font", async () => {
    const out = join(work, 'lo.docx');
    expect((await runCli([caseFile, out, '--template', EXAMPLE])).code).toBe(0);
    const bin = soffice();
    expect(bin, 'soffice must be installed').not.toBe('');
    execFileSync(
      bin,
      [
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        out,
      ],
      { timeout: 120_000, stdio: 'pipe' },
    );
    const pdf = join(work, 'lo.pdf');
    expect(existsSync(pdf)).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], {
      encoding: 'utf8',
    });
    expect(text.split('\f')[0]).toMatch(
      /REGION EXEMPELSTAD\s+·\s+Dnr RS 2026-00123\s+·\s+Bilaga 3/,
    );
    expect(text).toMatch(
      /Ny simhall i Östby – Regionstyrelsen, sammanträde 2026-04-14\s+Sida 1 av \d/,
    );
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts).toContain('DejaVuSans-Bold');
    expect(fonts).toContain('LiberationSerif');
  }, 150_000);
});
