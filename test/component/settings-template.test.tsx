import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hostileTemplates, exampleTemplate } from '../../scripts/make-template-fixtures';
import { ConfigProvider } from '../../src/config/config-context';
import { parseConfigText } from '../../src/config/load-config';
import { SettingsPage } from '../../src/ui/settings/SettingsPage';
import { renderWithI18n } from '../helpers/render';

function serve(bytes: Uint8Array) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() =>
      Promise.resolve(
        new Response(bytes as BlobPart, {
          status: 200,
          headers: { 'content-type': 'application/octet-stream' },
        }),
      ),
    ),
  );
}

async function renderWith(template: string) {
  const loaded = parseConfigText(
    JSON.stringify({ version: 1, appendix: { labelFormat: 'Bilaga {n}', template } }),
  );
  return renderWithI18n(
    <ConfigProvider initial={loaded}>
      <SettingsPage />
    </ConfigProvider>,
    'sv',
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('the Word template on the settings screen', () => {
  it('tells the administrator that a template with macros is not used, and why', async () => {
    serve(hostileTemplates().find((h) => h.code === 'macros')!.bytes);
    await renderWith('templates/makro.dotx');
    expect(
      await screen.findByText(
        /Mallen innehåller makron \(word\/vbaProject\.bin\)/,
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Bilagan får appens eget utseende tills mallen är rättad/),
    ).toBeInTheDocument();
  });

  it('says that a good template is used', async () => {
    serve(exampleTemplate());
    await renderWith('templates/bilaga.dotx');
    expect(await screen.findByText(/Mallen används/, {}, { timeout: 5000 })).toBeInTheDocument();
  });
});
