# Shared by the CI scripts: apt-get install, with one apt-get update first.
need_apt_update=1
install() {
  if [ "$need_apt_update" = 1 ]; then apt-get update -q; need_apt_update=0; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
}

# Whether something accepts TCP connections on 127.0.0.1:<port>.
answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
