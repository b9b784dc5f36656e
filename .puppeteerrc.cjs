// Puppeteer's postinstall would download its own Chrome from a host that CI and many
// corporate machines cannot reach. We find a browser ourselves (src/pdf/find-browser.ts).
module.exports = { skipDownload: true };
