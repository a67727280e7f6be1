# bash completion for kiln(1). Installed to
# /usr/share/bash-completion/completions/kiln; works without the
# bash-completion package too (it only uses COMP_WORDS/COMP_CWORD).

_kiln_words() {
    mapfile -t COMPREPLY < <(compgen -W "$1" -- "$2")
}

_kiln_files() {
    # Component documents: *.yaml and *.yml, plus folders to descend into.
    # (No extglob: plain bash has it off unless bash-completion is loaded.)
    local IFS=$'\n' f
    COMPREPLY=()
    for f in $(compgen -f -- "$1"); do
        if [[ -d $f ]]; then
            COMPREPLY+=("$f/")
        elif [[ $f == *.yaml || $f == *.yml || $f == *.YAML || $f == *.YML ]]; then
            COMPREPLY+=("$f")
        fi
    done
    [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == */ ]] && compopt -o nospace 2>/dev/null
    return 0
}

_kiln_comma_list() {
    # Completes the last item of a comma-separated list (a.yaml,b<TAB>).
    local cur=$1 words=$2 prefix=""
    if [[ $cur == *,* ]]; then
        prefix=${cur%,*},
        cur=${cur##*,}
    fi
    local IFS=$'\n' w
    COMPREPLY=()
    for w in $(compgen -W "$words" -- "$cur"); do
        COMPREPLY+=("$prefix$w")
    done
}

_kiln() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=""
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    local commands="validate run actions schema report changes pull publish logs lsp help"
    local platforms="linux windows darwin"

    if ((COMP_CWORD == 1)); then
        _kiln_words "$commands --help --version" "$cur"
        return
    fi
    local command=${COMP_WORDS[1]}

    # --option=value: complete the value part.
    if [[ $cur == --*=* ]]; then
        prev=${cur%%=*}
        cur=${cur#*=}
    fi

    case $command in
        validate)
            case $prev in
                --format) _kiln_words "text json sarif" "$cur"; return ;;
                --os-platforms) _kiln_words "$platforms" "$cur"; return ;;
                --explain)
                    local codes
                    codes=$("${COMP_WORDS[0]}" validate --list-codes 2>/dev/null | cut -d' ' -f1)
                    _kiln_words "$codes" "$cur"
                    return
                    ;;
                -d | --documents) _kiln_files "$cur"; return ;;
                --color) _kiln_words "auto always never" "$cur"; return ;;
                --min-severity) _kiln_words "error warning info hint" "$cur"; return ;;
                --parameters | --phases) return ;;
            esac
            if [[ $cur == -* ]]; then
                _kiln_words "--documents --format --os-platforms --explain --list-codes --parameters --phases
                    --lint --no-lint --color --document-s3-bucket-owner --min-severity --verbose
                    --fix --diff --help" "$cur"
            else
                _kiln_files "$cur"
            fi
            ;;
        run)
            case $prev in
                --os-platforms) _kiln_words "$platforms" "$cur"; return ;;
                --reboot) _kiln_words "simulate handoff fail" "$cur"; return ;;
                -d | --documents) _kiln_files "$cur"; return ;;
                -c | --config | --junit | --html | --export-changes | --replay)
                    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
                    return
                    ;;
                -l | --log-directory | -s | --state-directory | --root | --keep-sandbox)
                    mapfile -t COMPREPLY < <(compgen -d -- "$cur")
                    return
                    ;;
                -p | --phases) _kiln_comma_list "$cur" "build validate test"; return ;;
                --blocked-action-modules)
                    _kiln_comma_list "$cur" "$("${COMP_WORDS[0]}" actions --names 2>/dev/null)"
                    return
                    ;;
                --parameters | -i | --execution-id | --grace-period | --max-loop-iterations) return ;;
                --image | --ignore-changes) return ;;
                --cw-log-group | --cw-log-stream | --cw-log-region) return ;;
            esac
            _kiln_words "--documents --config --phases --parameters --execution-id --log-directory
                --state-directory --trace --blocked-action-modules --dry-run --junit --html --reboot
                --sandbox --root --image --keep-sandbox --export-changes --check-idempotence
                --ignore-changes --replay --on-host
                --os-platforms --grace-period --max-loop-iterations --log-s3-bucket-name
                --log-s3-key-prefix --log-s3-bucket-owner --document-s3-bucket-owner --version
                --cw-log-group --cw-log-stream --cw-log-region --cw-ignore-failures
                --help" "$cur"
            ;;
        actions)
            case $prev in
                --os-platforms) _kiln_words "$platforms" "$cur"; return ;;
            esac
            if [[ $cur == -* ]]; then
                _kiln_words "--os-platforms --names --help" "$cur"
            else
                _kiln_words "$("${COMP_WORDS[0]}" actions --names 2>/dev/null)" "$cur"
            fi
            ;;
        schema)
            case $prev in
                -o | --output)
                    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
                    return
                    ;;
            esac
            _kiln_words "--output --help" "$cur"
            ;;
        report)
            case $prev in
                -o | --output)
                    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
                    return
                    ;;
            esac
            if [[ $cur == -* ]]; then
                _kiln_words "--output --help" "$cur"
            else
                # A run folder, or a detailedoutput.json in one.
                mapfile -t COMPREPLY < <(compgen -d -- "$cur"; compgen -f -X '!*.json' -- "$cur")
            fi
            ;;
        changes)
            case $prev in
                --format) _kiln_words "text json" "$cur"; return ;;
            esac
            if [[ $cur == -* ]]; then
                _kiln_words "--format --diff --help" "$cur"
            else
                mapfile -t COMPREPLY < <(compgen -d -- "$cur"; compgen -f -X '!*.json' -- "$cur")
            fi
            ;;
        pull)
            case $prev in
                -o | --output)
                    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
                    return
                    ;;
                --owner) _kiln_words "Self Amazon Shared ThirdParty" "$cur"; return ;;
                --region) return ;;
            esac
            [[ $cur == -* ]] && _kiln_words "--output --region --owner --force --help" "$cur"
            ;;
        logs)
            case $prev in
                -o | --output)
                    mapfile -t COMPREPLY < <(compgen -d -- "$cur")
                    return
                    ;;
            esac
            [[ $cur == -* ]] && _kiln_words "--output --help" "$cur"
            ;;
        publish)
            case $prev in
                --platform) _kiln_words "Linux Windows macOS" "$cur"; return ;;
                --name | --semantic-version | --description | --change-description | --kms-key-id | \
                    --tags | --uri-bucket | --uri-prefix | --region) return ;;
            esac
            if [[ $cur == -* ]]; then
                _kiln_words "--name --semantic-version --platform --description --change-description
                    --kms-key-id --tags --uri-bucket --uri-prefix --region --dry-run --help" "$cur"
            else
                _kiln_files "$cur"
            fi
            ;;
        lsp)
            case $prev in
                --platform) _kiln_words "auto $platforms" "$cur"; return ;;
            esac
            _kiln_words "--stdio --platform --no-lint --help" "$cur"
            ;;
        help)
            ((COMP_CWORD == 2)) && _kiln_words "validate run actions schema report changes pull publish logs lsp" "$cur"
            ;;
    esac
}

complete -F _kiln kiln
