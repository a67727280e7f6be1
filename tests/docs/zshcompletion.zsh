#!/usr/bin/env zsh
# ctest -L completion: loads _kiln in an interactive zsh (on a pseudo-terminal,
# through zsh/zpty), presses <TAB> and records what the completion system offers.
#   zsh -f zshcompletion.zsh COMPLETION_DIR KILN_BINARY
emulate -L zsh
setopt err_return pipe_fail
completion_dir=$1
kiln=$2
kiln_dir=${kiln:h}
tmp=$(mktemp -d)
trap 'rm -rf $tmp' EXIT
zmodload zsh/zpty

# offered LINE: prints every word zsh adds as a match for LINE<TAB>, one per line.
offered() {
    local log=$(mktemp -p $tmp hits.XXXXXX)  # $RANDOM repeats in $(...) subshells
    zpty kz zsh -f -i
    zpty -w kz "PROMPT='' RPROMPT=''; fpath=($completion_dir \$fpath); path=($kiln_dir \$path)"
    zpty -w kz 'autoload -Uz compinit && compinit -u -D'
    zpty -w kz "compadd() { builtin compadd -O __h \"\$@\"; print -rl -- \$__h >> $log; builtin compadd \"\$@\" }"
    zpty -w kz "print -r -- READY > $log.ready"
    local i
    for i in {1..200}; do [[ -e $log.ready ]] && break; sleep 0.1; done
    zpty -w kz "$1"$'\t'
    zpty -w kz $'\C-u'"print -r -- DONE > $log.done"
    for i in {1..200}; do [[ -e $log.done ]] && break; sleep 0.1; done
    zpty -d kz
    [[ -e $log ]] && sort -u $log
    return 0
}

integer failures=0 checks=0
expect() { # expect WORD LINE: WORD is among the offers for LINE<TAB>
    local word=$1 line=$2 got
    got=$(offered $line)
    (( ++checks ))
    if ! print -r -- $got | grep -qxF -- $word; then
        print -r -- "FAIL: kiln ${line#kiln }<TAB> did not offer '$word' (offered: ${(f)got})"
        (( ++failures ))
    fi
}

expect validate 'kiln va'
expect --format 'kiln validate --fo'
expect sarif 'kiln validate --format '
expect windows 'kiln validate --os-platforms '
expect K1001 'kiln validate --explain K100'
expect ExecuteBash 'kiln actions Exec'
expect handoff 'kiln run --reboot '
expect run 'kiln help '
expect report 'kiln rep'

# Every long option of `kiln <command> --help` is offered (but Qt's --help-all).
for command in validate run actions schema report pull publish logs lsp; do
    got=$(offered "kiln $command --")
    for option in $(LC_ALL=C LANGUAGE='' $kiln $command --help | grep -oE -- '--[a-z][a-z0-9-]+' |
                    grep -vx -- --help-all | sort -u); do
        (( ++checks ))
        if ! print -r -- $got | grep -qxF -- $option; then
            print -r -- "FAIL: kiln $command --<TAB> does not offer $option"
            (( ++failures ))
        fi
    done
done

print -r -- "$checks zsh completion checks, $failures failed"
(( failures == 0 ))
