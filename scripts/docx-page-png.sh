#!/bin/sh
# One page of a Word file as a PNG, as LibreOffice lays it out (for the README's screenshot of a
# synthesis report). Needs LibreOffice (`soffice`) and poppler (`pdftoppm`); not part of `npm test`.
#   scripts/docx-page-png.sh IN.docx OUT.png [PAGE]
set -eu
if [ "$#" -lt 2 ]; then
  echo "usage : scripts/docx-page-png.sh IN.docx OUT.png [PAGE]" >&2
  exit 2
fi
in=$1
out=$2
page=${3:-1}
[ -f "$in" ] || { echo "fichier introuvable : $in" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A profile of its own, so that a LibreOffice already open does not take the conversion over.
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" "$in" >/dev/null 2>&1
pdf="$work/$(basename "${in%.*}").pdf"
[ -f "$pdf" ] || { echo "LibreOffice n’a pas produit de PDF pour $in" >&2; exit 1; }
pdftoppm -png -r 80 -f "$page" -l "$page" -singlefile "$pdf" "$work/page"
mkdir -p "$(dirname "$out")"
mv "$work/page.png" "$out"
echo "$out"
