#!/usr/bin/env bash
# Régénère les icônes PNG du complément à partir de assets/icon.svg.
#
# Outil ponctuel, hors build : les PNG sont versionnés dans assets/ et webpack se contente de les
# copier. À relancer seulement après une modification de assets/icon.svg, puis vérifier les images
# et valider (npm run manifest:check, jest test/manifest).
#
# Besoin : rsvg-convert (Debian/Ubuntu : apt-get install -y librsvg2-bin ; macOS : brew install librsvg).
#
# Tailles produites (celles que demande le manifeste) :
#   16, 32, 80 px : boutons du ruban ; 32 px : IconUrl ; 64 px : HighResolutionIconUrl ;
#   128 px : catalogue / centre d'administration.
# En 16 px, le dessin détaillé (#gef-detail) devient illisible : on affiche à sa place la version
# simplifiée (#gef-simple) du même fichier, grâce à une feuille de style passée à rsvg-convert.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
svg="$root/assets/icon.svg"
out="$root/assets"

if ! command -v rsvg-convert >/dev/null 2>&1; then
  echo "rsvg-convert est introuvable : installez-le (apt-get install -y librsvg2-bin)." >&2
  exit 1
fi

css="$(mktemp --suffix=.css)"
trap 'rm -f "$css"' EXIT
cat >"$css" <<'CSS'
#gef-detail { display: none; }
#gef-simple { display: inline; }
CSS

for size in 16 32 64 80 128; do
  if [ "$size" -le 16 ]; then
    rsvg-convert --stylesheet "$css" -w "$size" -h "$size" -o "$out/icon-$size.png" "$svg"
  else
    rsvg-convert -w "$size" -h "$size" -o "$out/icon-$size.png" "$svg"
  fi
  echo "assets/icon-$size.png (${size}×${size} px) écrit."
done
