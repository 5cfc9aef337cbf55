#!/usr/bin/env bash
# The office's week from a shell, with `docflow` commands only (issue 14).
#
# Institution A (AZ-0001): the clerk's desk (ws-a-1) and the head's desk (ws-a-2);
# institution B (AZ-0002): its clerk's desk (ws-b-1). Run by tests/cli/test_journey.py against a
# real `docflow-server --demo` process; every command must succeed (set -e), every answer is JSON.
#
# Needs: SERVER (the server's address), WORK (an empty folder), LETTER (a PDF), TRUST (the signers'
# CA bundle, PEM), TSA (a timestamping address), PKCS11_MODULE / TOKEN_LABEL / KEY_ID (the head's
# token key), and on stdin nothing: each password and the PIN go in on the command's stdin.
set -euo pipefail
: "${SERVER:?}" "${WORK:?}" "${LETTER:?}" "${TRUST:?}" "${TSA:?}" "${PKCS11_MODULE:?}" "${TOKEN_LABEL:?}" "${KEY_ID:?}"
OUT="$WORK/out"; mkdir -p "$OUT"
A1=(--profile "$WORK/a1"); A2=(--profile "$WORK/a2"); B=(--profile "$WORK/b")

# --- A, the clerk: log in, prepare the outgoing letter, register it, route it to the head
docflow login "$SERVER" --workstation ws-a-1 --username clerk --password-stdin "${A1[@]}" --json <<<"demo-clerk" >"$OUT/a1-login.json"
docflow sync --once "${A1[@]}" >/dev/null   # staff list, journals and a block of numbers from the server
doc=$(docflow import "$LETTER" --kind outgoing --json "${A1[@]}" | jq -r '.imported[0].id')
docflow --json "${A1[@]}" register "$doc" --journal OUT --correspondent "Nümunə Rayon Məktəbi B" \
    --subject "Heating of the school building" --pages 1 >"$OUT/a1-register.json"
docflow route set "$doc" --stage review:head --stage sign:head "${A1[@]}" --json >/dev/null
docflow sync --once "${A1[@]}" --json >/dev/null

# --- A, the head on the second desk: resolution, sign on the token (which completes the signing step)
docflow login "$SERVER" --workstation ws-a-2 --username head --password-stdin "${A2[@]}" >/dev/null <<<"demo-head"
docflow settings set trust_bundle "$TRUST" "${A2[@]}" >/dev/null
docflow settings set tsa_url "$TSA" "${A2[@]}" >/dev/null
docflow sync --once "${A2[@]}" >/dev/null
docflow resolution add "${doc:0:8}" --executor clerk --text "Send it to school B today" --days 3 "${A2[@]}" --json >"$OUT/a2-resolution.json"
docflow sign "$doc" --pkcs11-module "$PKCS11_MODULE" --token-label "$TOKEN_LABEL" --key-id "$KEY_ID" --pin-stdin \
    "${A2[@]}" --json <<<"${TOKEN_PIN:-4711}" >"$OUT/a2-sign.json"
docflow sync --once "${A2[@]}" >/dev/null

# --- A, the clerk: dispatch to B (completes the clerk's resolution step)
docflow sync --once "${A1[@]}" >/dev/null
docflow dispatch "$doc" --to AZ-0002 --note "For your records" "${A1[@]}" --json >"$OUT/a1-dispatch.json"
docflow sync --once "${A1[@]}" >/dev/null

# --- B, the clerk: receive, check the signature with no profile, register (which tells A our number)
docflow login "$SERVER" --workstation ws-b-1 --username clerk --password-stdin "${B[@]}" >/dev/null <<<"demo-clerk"
docflow sync --once "${B[@]}" >/dev/null
incoming=$(docflow list --json "${B[@]}" | jq -r '.rows[0].id')
docflow export "$incoming" "$WORK/b-files" "${B[@]}" --json >"$OUT/b-export.json"
signed=$(jq -r '.[] | select(endswith(".signed.pdf"))' "$OUT/b-export.json")
docflow verify "$signed" --trust "$TRUST" --json >"$OUT/b-verify.json"
docflow register "$incoming" --journal IN --correspondent "Nümunə Bələdiyyəsi A" --corr-number "$(jq -r .number "$OUT/a1-register.json")" \
    --pages 1 "${B[@]}" --json >"$OUT/b-register.json"
docflow sync --once "${B[@]}" >/dev/null

# --- A sees the receipt
docflow sync --once "${A1[@]}" >/dev/null
docflow sync --once "${A2[@]}" >/dev/null
docflow status --json "${A1[@]}" >"$OUT/a1-status.json"

# --- every desk's own checks (what each holds is read by the test)
for desk in a1 a2 b; do
    docflow check --json --profile "$WORK/$desk" >"$OUT/$desk-check.json"
    docflow audit verify --json --profile "$WORK/$desk" >"$OUT/$desk-audit.json"
done
echo "journey done"
