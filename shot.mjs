import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu','--no-first-run','--disable-background-networking'] });
const shots = JSON.parse(process.argv[2]);
for (const [name, path, width, scheme] of shots) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  await page.goto('http://127.0.0.1:4400' + path);
  await page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: process.env.FULL === "1" });
  await page.close();
}
await browser.close();
