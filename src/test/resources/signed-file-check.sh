# Checks a signed yearly report or statement PDF (docs/audit.md, "Without the jar") with jq, coreutils and
# OpenSSL 3 only. Usage: bash signed-file-check.sh FILE PUBLIC-KEY-FILE (Ed25519 keys; SM2: see docs/audit.md).
f="$1"; pub="$2"
if [ "$(head -c 1 "$f")" = "{" ]; then
  content=$(jq -cjS 'del(.signature)' "$f" | sha256sum | cut -d' ' -f1)
  jq -c .signature "$f" > trailer.json
else
  tail -n 1 "$f" | sed -e 's/^%ledger-signature //' -e 's/^<!--ledger-signature //' -e 's/-->$//' > trailer.json
  content=$(head -c -"$(tail -n 1 "$f" | wc -c)" "$f" | sha256sum | cut -d' ' -f1)
fi
if [ "$content" = "$(jq -r .claims.sha256 trailer.json)" ]; then echo "content OK"; else echo "content CHANGED"; fi
jq -cjS .claims trailer.json > claims.txt
jq -r .value trailer.json | base64 -d > sig.bin
sed 1d "$pub" > key.pem
openssl pkeyutl -verify -pubin -inkey key.pem -rawin -in claims.txt -sigfile sig.bin
