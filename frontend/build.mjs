// Compiles the stylesheet and copies GOV.UK Frontend's script and images into the
// application's static folder, where they are committed: the build needs no Node.
import { compile } from "sass";
import { NodePackageImporter } from "sass";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const staticDir = join(here, "..", "src", "main", "resources", "static");
const govuk = join(here, "node_modules", "govuk-frontend", "dist", "govuk");

const css = compile(join(here, "src", "opencsc.scss"), {
  style: "compressed",
  importers: [new NodePackageImporter()],
  quietDeps: true,
  silenceDeprecations: ["import"],
});
if (/GDS Transport/.test(css.css)) {
  throw new Error("the stylesheet still names GDS Transport");
}
mkdirSync(join(staticDir, "css"), { recursive: true });
writeFileSync(join(staticDir, "css", "opencsc.css"), css.css);

mkdirSync(join(staticDir, "js"), { recursive: true });
copyFileSync(join(govuk, "govuk-frontend.min.js"), join(staticDir, "js", "govuk-frontend.min.js"));

// GOV.UK's own icons show the crown, which is not ours to use: OpenCSC has its own icon in
// src/main/resources/static/assets/images, so none are copied.
console.log(`opencsc.css: ${css.css.length} bytes`);
