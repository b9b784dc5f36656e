// charter itself depends on puppeteer-core, which downloads nothing. The benchmark's peer, md-to-pdf
// (a devDependency), depends on the full puppeteer, whose install script would fetch its own Chrome
// from a host that CI and many corporate machines cannot reach: not in this checkout.
module.exports = { skipDownload: true };
