<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConfigMapForms</name>
    <message>
        <source>named by %1&apos;s %2</source>
        <translation>benannt durch %2 von %1</translation>
    </message>
    <message>
        <source>microk8s&apos; ingress TCP map</source>
        <translation>TCP-Map des microk8s-Ingress</translation>
    </message>
    <message>
        <source>microk8s&apos; ingress UDP map</source>
        <translation>UDP-Map des microk8s-Ingress</translation>
    </message>
    <message>
        <source>KubeFATE&apos;s rollsite route table</source>
        <translation>rollsite-Routingtabelle von KubeFATE</translation>
    </message>
    <message>
        <source>OpenFL&apos;s %1</source>
        <translation>%1 von OpenFL</translation>
    </message>
    <message>
        <source>envoy configuration</source>
        <translation>envoy-Konfiguration</translation>
    </message>
    <message>
        <source>director configuration</source>
        <translation>director-Konfiguration</translation>
    </message>
    <message>
        <source>a FATE route table (route_table)</source>
        <translation>eine FATE-Routingtabelle (route_table)</translation>
    </message>
    <message>
        <source>the NVIDIA device plugin&apos;s time-slicing configuration</source>
        <translation>die Time-Slicing-Konfiguration des NVIDIA-Geräte-Plugins</translation>
    </message>
    <message>
        <source>an OpenFL envoy configuration (shard_descriptor)</source>
        <translation>eine OpenFL-envoy-Konfiguration (shard_descriptor)</translation>
    </message>
    <message>
        <source>OpenFL configuration</source>
        <translation>OpenFL-Konfiguration</translation>
    </message>
</context>
<context>
    <name>ExposePlan</name>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>microk8s&apos; ingress (ingress-nginx, %1 %2)</source>
        <translation>microk8s-Ingress (ingress-nginx, %1 %2)</translation>
    </message>
    <message>
        <source>ingress-nginx (%1 %2)</source>
        <translation>ingress-nginx (%1 %2)</translation>
    </message>
    <message>
        <source>%1 reads TCP routes from ConfigMap %2, which does not exist. Create it (empty) and FedConsole can expose Services through it.</source>
        <translation>%1 liest TCP-Routen aus der ConfigMap %2, die nicht existiert. Legen Sie sie (leer) an, dann kann FedConsole Services darüber freigeben.</translation>
    </message>
    <message>
        <source>%1 reads TCP routes from %2, but its pods open no host ports: it is reached through a Service. FedConsole can edit the TCP map; the port must also be added to that Service by hand.</source>
        <translation>%1 liest TCP-Routen aus %2, öffnet in seinen Pods aber keine Host-Ports: Der Zugriff erfolgt über einen Service. FedConsole kann die TCP-Map bearbeiten; der Port muss zusätzlich von Hand zu diesem Service hinzugefügt werden.</translation>
    </message>
    <message>
        <source>%1: FedConsole exposes a Service&apos;s TCP ports by adding rows to %2 and the same ports as containerPort/hostPort on container %3 (its pods restart).</source>
        <translation>%1: FedConsole gibt die TCP-Ports eines Service frei, indem es Zeilen zu %2 hinzufügt und dieselben Ports als containerPort/hostPort im Container %3 einträgt (die Pods des Controllers starten neu).</translation>
    </message>
    <message>
        <source>The ingress here is Traefik (microk8s 1.35 and later ship it instead of ingress-nginx). FedConsole exposes TCP ports through ingress-nginx&apos;s TCP map only; with Traefik a TCP port needs an entryPoint in Traefik&apos;s configuration and an IngressRouteTCP, which FedConsole does not write. A NodePort or LoadBalancer Service for the server is the simpler way in.</source>
        <translation>Der Ingress hier ist Traefik (microk8s 1.35 und neuer liefern ihn statt ingress-nginx aus). FedConsole gibt TCP-Ports nur über die TCP-Map von ingress-nginx frei; mit Traefik braucht ein TCP-Port einen entryPoint in der Konfiguration von Traefik und eine IngressRouteTCP, die FedConsole nicht schreibt. Ein NodePort- oder LoadBalancer-Service für den Server ist der einfachere Weg.</translation>
    </message>
    <message>
        <source>ingress-nginx (%1 %2) runs without --tcp-services-configmap: it forwards no TCP ports. Add --tcp-services-configmap=%3/tcp-services to its arguments and create that ConfigMap, then FedConsole can expose Services through it.</source>
        <translation>ingress-nginx (%1 %2) läuft ohne --tcp-services-configmap: Es leitet keine TCP-Ports weiter. Fügen Sie --tcp-services-configmap=%3/tcp-services zu seinen Argumenten hinzu und legen Sie diese ConfigMap an; dann kann FedConsole Services darüber freigeben.</translation>
    </message>
    <message>
        <source>No ingress controller found here (neither ingress-nginx nor Traefik). On microk8s: microk8s enable ingress.</source>
        <translation>Hier wurde kein Ingress-Controller gefunden (weder ingress-nginx noch Traefik). Unter microk8s: microk8s enable ingress.</translation>
    </message>
    <message>
        <source>The controller %1 has no container %2.</source>
        <translation>Der Controller %1 hat keinen Container %2.</translation>
    </message>
    <message>
        <source>Service %1/%2 has no TCP port.</source>
        <translation>Service %1/%2 hat keinen TCP-Port.</translation>
    </message>
    <message>
        <source>Service %1/%2 has no port %3.</source>
        <translation>Service %1/%2 hat keinen Port %3.</translation>
    </message>
    <message>
        <source>Port %1 is %2: the TCP map forwards TCP only.</source>
        <translation>Port %1 ist %2: Die TCP-Map leitet nur TCP weiter.</translation>
    </message>
    <message>
        <source>Port %1 is reserved for %2.</source>
        <translation>Port %1 ist für %2 reserviert.</translation>
    </message>
    <message>
        <source>Port %1 already forwards to %2.</source>
        <translation>Port %1 leitet bereits an %2 weiter.</translation>
    </message>
    <message>
        <source>%1 is in the map already.</source>
        <translation>%1 ist bereits in der Map.</translation>
    </message>
    <message>
        <source>host port %1/TCP is taken by %2 (containerPort %3).</source>
        <translation>Host-Port %1/TCP ist bereits durch %2 belegt (containerPort %3).</translation>
    </message>
    <message>
        <source>container %1 declares containerPort %2 already (%3) without that host port.</source>
        <translation>Container %1 deklariert containerPort %2 bereits (%3), ohne diesen Host-Port.</translation>
    </message>
    <message>
        <source>Port %1: %2</source>
        <translation>Port %1: %2</translation>
    </message>
    <message>
        <source>Container %1 opens host port %2 already.</source>
        <translation>Container %1 öffnet Host-Port %2 bereits.</translation>
    </message>
    <message>
        <source>Port %1 is not in the map any more.</source>
        <translation>Port %1 ist nicht mehr in der Map.</translation>
    </message>
    <message>
        <source>Port %1 forwards to %2 now: left alone.</source>
        <translation>Port %1 leitet jetzt an %2 weiter: unverändert gelassen.</translation>
    </message>
    <message>
        <source>Host port %1 still carries a map row: kept.</source>
        <translation>Host-Port %1 hat noch eine Zeile in der Map: beibehalten.</translation>
    </message>
    <message>
        <source>Container %1 does not open host port %2 (any more).</source>
        <translation>Container %1 öffnet Host-Port %2 nicht (mehr).</translation>
    </message>
</context>
<context>
    <name>IngressStreamMap</name>
    <message>
        <source>the controller skips this row: %1</source>
        <translation>der Controller überspringt diese Zeile: %1</translation>
    </message>
    <message>
        <source>the controller&apos;s HTTP listener</source>
        <translation>den HTTP-Listener des Controllers</translation>
    </message>
    <message>
        <source>the controller&apos;s HTTPS listener</source>
        <translation>den HTTPS-Listener des Controllers</translation>
    </message>
    <message>
        <source>the controller&apos;s SSL passthrough proxy</source>
        <translation>den SSL-Passthrough-Proxy des Controllers</translation>
    </message>
    <message>
        <source>the controller&apos;s health check and metrics</source>
        <translation>Health-Check und Metriken des Controllers</translation>
    </message>
    <message>
        <source>the controller&apos;s default backend</source>
        <translation>das Standard-Backend des Controllers</translation>
    </message>
    <message>
        <source>nginx&apos;s profiler</source>
        <translation>den Profiler von nginx</translation>
    </message>
    <message>
        <source>nginx&apos;s status page</source>
        <translation>die Statusseite von nginx</translation>
    </message>
    <message>
        <source>nginx&apos;s stream configuration</source>
        <translation>die Stream-Konfiguration von nginx</translation>
    </message>
    <message>
        <source>“%1” is not a %2 port number</source>
        <translation>„%1“ ist keine %2-Portnummer</translation>
    </message>
    <message>
        <source>%1 is not a port (1-65535): nginx cannot listen on it</source>
        <translation>%1 ist kein Port (1-65535): nginx kann nicht darauf lauschen</translation>
    </message>
    <message>
        <source>port %1 is reserved for %2</source>
        <translation>Port %1 ist für %2 reserviert</translation>
    </message>
    <message>
        <source>“%1” is not namespace/service:port</source>
        <translation>„%1“ hat nicht die Form namespace/service:port</translation>
    </message>
    <message>
        <source>“%1” is not namespace/service</source>
        <translation>„%1“ hat nicht die Form namespace/service</translation>
    </message>
    <message>
        <source>the namespace “%1” %2</source>
        <translation>der Namespace „%1“ %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>the Service name “%1” %2</source>
        <translation>der Service-Name „%1“ %2</translation>
    </message>
    <message>
        <source>no Service port after “:”</source>
        <translation>kein Service-Port nach „:“</translation>
    </message>
    <message>
        <source>%1 is not a port (1-65535)</source>
        <translation>%1 ist kein Port (1-65535)</translation>
    </message>
    <message>
        <source>“%1” is neither a port number nor a port name (%2)</source>
        <translation>„%1“ ist weder eine Portnummer noch ein Portname (%2)</translation>
    </message>
    <message>
        <source>the PROXY protocol applies to TCP only: the controller ignores “%1” in the UDP map</source>
        <translation>das PROXY-Protokoll gilt nur für TCP: Der Controller ignoriert „%1“ in der UDP-Map</translation>
    </message>
    <message>
        <source>“%1” is not PROXY: the controller ignores it</source>
        <translation>„%1“ ist nicht PROXY: Der Controller ignoriert es</translation>
    </message>
    <message>
        <source>more than two flags: the controller reads only the first PROXY and ignores the rest</source>
        <translation>mehr als zwei Flags: Der Controller liest nur das erste PROXY und ignoriert den Rest</translation>
    </message>
    <message>
        <source>Service %1 does not exist</source>
        <translation>Service %1 existiert nicht</translation>
    </message>
    <message>
        <source>Service %1 has no %2 port %3</source>
        <translation>Service %1 hat keinen %2-Port %3</translation>
    </message>
    <message>
        <source> (its port %1 is %2)</source>
        <translation> (sein Port %1 ist %2)</translation>
    </message>
    <message>
        <source> (it has %1)</source>
        <translation> (vorhanden: %1)</translation>
    </message>
    <message>
        <source>no ports</source>
        <translation>keine Ports</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Service %1 has no ready endpoints for port %2</source>
        <translation>Service %1 hat keine bereiten Endpunkte für Port %2</translation>
    </message>
</context>
<context>
    <name>KubeValidation</name>
    <message>
        <source>must be no more than %1 characters</source>
        <translation>darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>may contain only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (like key.name, KEY_NAME or key-name)</source>
        <translation>darf nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; enthalten (wie key.name, KEY_NAME oder key-name)</translation>
    </message>
    <message>
        <source>must not be &apos;.&apos;</source>
        <translation>darf nicht &apos;.&apos; sein</translation>
    </message>
    <message>
        <source>must not be &apos;..&apos;</source>
        <translation>darf nicht &apos;..&apos; sein</translation>
    </message>
    <message>
        <source>must not start with &apos;..&apos;</source>
        <translation>darf nicht mit &apos;..&apos; beginnen</translation>
    </message>
    <message>
        <source>may contain only lower-case letters (a-z), digits (0-9) and &apos;-&apos;</source>
        <translation>darf nur Kleinbuchstaben (a-z), Ziffern (0-9) und &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <source>must contain at least one letter (a-z)</source>
        <translation>muss mindestens einen Buchstaben (a-z) enthalten</translation>
    </message>
    <message>
        <source>must not contain consecutive hyphens</source>
        <translation>darf keine aufeinanderfolgenden Bindestriche enthalten</translation>
    </message>
    <message>
        <source>must not begin or end with a hyphen</source>
        <translation>darf nicht mit einem Bindestrich beginnen oder enden</translation>
    </message>
    <message>
        <source>must consist of lower-case letters, digits and &apos;-&apos;, and start and end with a letter or digit</source>
        <translation>darf nur aus Kleinbuchstaben, Ziffern und &apos;-&apos; bestehen und muss mit einem Buchstaben oder einer Ziffer beginnen und enden</translation>
    </message>
    <message>
        <source>must consist of lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, and start and end with a letter or digit</source>
        <translation>darf nur aus Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;.&apos; bestehen und muss mit einem Buchstaben oder einer Ziffer beginnen und enden</translation>
    </message>
    <message>
        <source>the prefix before &apos;/&apos; must not be empty</source>
        <translation>das Präfix vor &apos;/&apos; darf nicht leer sein</translation>
    </message>
    <message>
        <source>prefix %1</source>
        <translation>Präfix %1</translation>
    </message>
    <message>
        <source>may contain at most one &apos;/&apos;</source>
        <translation>darf höchstens ein &apos;/&apos; enthalten</translation>
    </message>
    <message>
        <source>the name part must not be empty</source>
        <translation>der Namensteil darf nicht leer sein</translation>
    </message>
    <message>
        <source>the name part %1</source>
        <translation>der Namensteil %1</translation>
    </message>
    <message>
        <source>the name part must consist of letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, and start and end with a letter or digit</source>
        <translation>der Namensteil darf nur aus Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; bestehen und muss mit einem Buchstaben oder einer Ziffer beginnen und enden</translation>
    </message>
    <message>
        <source>must consist of letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, and start and end with a letter or digit</source>
        <translation>darf nur aus Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; bestehen und muss mit einem Buchstaben oder einer Ziffer beginnen und enden</translation>
    </message>
    <message>
        <source>may contain only printable ASCII characters</source>
        <translation>darf nur druckbare ASCII-Zeichen enthalten</translation>
    </message>
    <message>
        <source>must not contain &apos;=&apos;</source>
        <translation>darf kein &apos;=&apos; enthalten</translation>
    </message>
    <message>
        <source>is not a quantity (like 500m, 2, 1.5Gi or 10e3)</source>
        <translation>ist keine Mengenangabe (wie 500m, 2, 1.5Gi oder 10e3)</translation>
    </message>
    <message>
        <source>is not a MIG resource name (nvidia.com/mig-&lt;g&gt;g.&lt;memory&gt;gb, like nvidia.com/mig-1g.10gb)</source>
        <translation>ist kein MIG-Ressourcenname (nvidia.com/mig-&lt;g&gt;g.&lt;memory&gt;gb, wie nvidia.com/mig-1g.10gb)</translation>
    </message>
    <message>
        <source>is not a standard resource (cpu, memory, ephemeral-storage, hugepages-&lt;size&gt;); extended resources need a domain prefix, like nvidia.com/gpu</source>
        <translation>ist keine Standardressource (cpu, memory, ephemeral-storage, hugepages-&lt;size&gt;); erweiterte Ressourcen brauchen ein Domain-Präfix, wie nvidia.com/gpu</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>Verbindung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>unauthorized</source>
        <translation>nicht autorisiert</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>unauthorized: the server rejected the credentials of this context (%1)</source>
        <translation>nicht autorisiert: Der Server hat die Anmeldedaten dieses Kontexts abgelehnt (%1)</translation>
    </message>
    <message>
        <source>forbidden: %1</source>
        <translation>verboten: %1</translation>
    </message>
    <message>
        <source>impersonating more than one group (as-groups) is not supported yet</source>
        <translation>das Annehmen der Identität mehrerer Gruppen (as-groups) wird noch nicht unterstützt</translation>
    </message>
    <message>
        <source>TLS handshake with the proxy failed: %1</source>
        <translation>TLS-Handshake mit dem Proxy fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot connect to the proxy: %1</source>
        <translation>keine Verbindung zum Proxy möglich: %1</translation>
    </message>
    <message>
        <source>%1 (set in preferences) is not an executable file</source>
        <translation>%1 (in den Einstellungen festgelegt) ist keine ausführbare Datei</translation>
    </message>
    <message>
        <source>not found on PATH</source>
        <translation>nicht im PATH gefunden</translation>
    </message>
    <message>
        <source>no version in its output: %1</source>
        <translation>keine Version in der Ausgabe: %1</translation>
    </message>
    <message>
        <source>gave no answer in 10 s</source>
        <translation>keine Antwort innerhalb von 10 s</translation>
    </message>
    <message>
        <source>exited with %1: %2</source>
        <translation>mit %1 beendet: %2</translation>
    </message>
    <message>
        <source>empty requirement in selector &apos;%1&apos;</source>
        <translation>leere Bedingung im Selektor &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid label key &apos;%1&apos; in selector &apos;%2&apos;</source>
        <translation>ungültiger Label-Schlüssel &apos;%1&apos; im Selektor &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot create the drafts folder %1</source>
        <translation>der Entwurfsordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write the draft %1: %2</source>
        <translation>der Entwurf %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write the draft %1</source>
        <translation>der Entwurf %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot read the draft %1</source>
        <translation>der Entwurf %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the draft %1 is damaged: %2</source>
        <translation>der Entwurf %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>invalid regular expression at %1: %2</source>
        <translation>ungültiger regulärer Ausdruck an Position %1: %2</translation>
    </message>
    <message>
        <source>&lt;redacted: private key, %1 bytes&gt;</source>
        <comment>secret preview</comment>
        <translation>&lt;redacted: private key, %1 bytes&gt;</translation>
    </message>
    <message>
        <source>no known CA to verify against</source>
        <translation>keine bekannte CA zur Überprüfung</translation>
    </message>
    <message>
        <source>Settings reset</source>
        <translation>Einstellungen zurückgesetzt</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Remember in keychain — %1</source>
        <translation>Im Schlüsselbund merken — %1</translation>
    </message>
    <message>
        <source>RSA 2048</source>
        <translation>RSA 2048</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>RSA 4096 (seconds per key)</source>
        <translation>RSA 4096 (Sekunden pro Schlüssel)</translation>
    </message>
    <message>
        <source>ECDSA P-256</source>
        <translation>ECDSA P-256</translation>
    </message>
    <message>
        <source>ECDSA P-384</source>
        <translation>ECDSA P-384</translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation>Ed25519</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name (letters, digits, &apos;-&apos; and dots; labels of 1-63 characters)</source>
        <translation>„%1“ ist kein gültiger DNS-Name (Buchstaben, Ziffern, &apos;-&apos; und Punkte; Labels mit 1–63 Zeichen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IP address</source>
        <translation>„%1“ ist keine gültige IP-Adresse</translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation>keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>root</source>
        <translation>Root-CA</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>Zwischen-CA</translation>
    </message>
    <message>
        <source>no current-context in %1; pass --context</source>
        <translation>kein current-context in %1; geben Sie --context an</translation>
    </message>
    <message>
        <source>timed out after %1 s waiting for %2</source>
        <translation>Zeitüberschreitung nach %1 s beim Warten auf %2</translation>
    </message>
    <message>
        <source>timed out after %1 s listing from %2</source>
        <translation>Zeitüberschreitung nach %1 s beim Auflisten von %2</translation>
    </message>
    <message>
        <source>no contexts found in %1</source>
        <translation>keine Kontexte in %1 gefunden</translation>
    </message>
    <message>
        <source>context %1 reaches the same cluster as %2 (%3): read once, as %2</source>
        <translation>Kontext %1 erreicht denselben Cluster wie %2 (%3): einmal gelesen, als %2</translation>
    </message>
</context>
<context>
    <name>StuckRelease</name>
    <message>
        <source>A rollback</source>
        <translation>Ein Rollback</translation>
    </message>
    <message>
        <source>An install</source>
        <translation>Eine Installation</translation>
    </message>
    <message>
        <source>An upgrade</source>
        <translation>Ein Upgrade</translation>
    </message>
    <message>
        <source>%1 of revision %2 did not finish (helm was stopped or lost the cluster while it ran). Helm refuses every further install, upgrade or rollback of this release (&quot;another operation is in progress&quot;) until it is recovered; the objects may be half applied.</source>
        <translation>%1 von Revision %2 wurde nicht abgeschlossen (helm wurde angehalten oder hat während der Ausführung die Verbindung zum Cluster verloren). Helm verweigert jede weitere Installation, jedes Upgrade und jeden Rollback dieses Releases („another operation is in progress“), bis es wiederhergestellt ist; die Objekte sind möglicherweise nur halb angewendet.</translation>
    </message>
    <message>
        <source>Roll back to revision %1, the last deployed one</source>
        <translation>Auf Revision %1 zurücksetzen, die zuletzt bereitgestellte</translation>
    </message>
    <message>
        <source>Roll back to revision %1, the last one that was deployed</source>
        <translation>Auf Revision %1 zurücksetzen, die letzte, die je bereitgestellt war</translation>
    </message>
    <message>
        <source>Uninstall the release (it was never deployed), then install it again</source>
        <translation>Release deinstallieren (es wurde nie bereitgestellt) und dann erneut installieren</translation>
    </message>
</context>
<context>
    <name>ValuesSchema</name>
    <message>
        <source>%1: $ref &quot;%2&quot; does not name a schema in this file</source>
        <translation>%1: $ref &quot;%2&quot; bezeichnet kein Schema in dieser Datei</translation>
    </message>
    <message>
        <source>%1: invalid pattern &quot;%2&quot;: %3</source>
        <translation>%1: ungültiges Muster &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>schema error: $ref &quot;%1&quot; refers back to itself</source>
        <translation>Schemafehler: $ref &quot;%1&quot; verweist auf sich selbst</translation>
    </message>
    <message>
        <source>schema error: $ref &quot;%1&quot; does not name a schema</source>
        <translation>Schemafehler: $ref &quot;%1&quot; bezeichnet kein Schema</translation>
    </message>
    <message>
        <source>no value is allowed here</source>
        <translation>hier ist kein Wert erlaubt</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>muss einer der folgenden Werte sein: %1</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation>muss %1 sein, ist aber %2</translation>
    </message>
    <message>
        <source>must be &gt; %1</source>
        <translation>muss &gt; %1 sein</translation>
    </message>
    <message>
        <source>must be &gt;= %1</source>
        <translation>muss &gt;= %1 sein</translation>
    </message>
    <message>
        <source>must be &lt; %1</source>
        <translation>muss &lt; %1 sein</translation>
    </message>
    <message>
        <source>must be &lt;= %1</source>
        <translation>muss &lt;= %1 sein</translation>
    </message>
    <message>
        <source>must be a multiple of %1</source>
        <translation>muss ein Vielfaches von %1 sein</translation>
    </message>
    <message>
        <source>must be at least %1 characters long</source>
        <translation>muss mindestens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be at most %1 characters long</source>
        <translation>darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>does not match pattern %1</source>
        <translation>entspricht nicht dem Muster %1</translation>
    </message>
    <message>
        <source>must have at least %1 items</source>
        <translation>muss mindestens %1 Einträge haben</translation>
    </message>
    <message>
        <source>must have at most %1 items</source>
        <translation>darf höchstens %1 Einträge haben</translation>
    </message>
    <message>
        <source>must not have duplicate items (items %1 and %2 are equal)</source>
        <translation>darf keine doppelten Einträge haben (Einträge %1 und %2 sind gleich)</translation>
    </message>
    <message>
        <source>must contain at least one matching item</source>
        <translation>muss mindestens einen passenden Eintrag enthalten</translation>
    </message>
    <message>
        <source>must have at least %1 properties</source>
        <translation>muss mindestens %1 Eigenschaften haben</translation>
    </message>
    <message>
        <source>must have at most %1 properties</source>
        <translation>darf höchstens %1 Eigenschaften haben</translation>
    </message>
    <message>
        <source>missing required property &quot;%1&quot;</source>
        <translation>erforderliche Eigenschaft &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>missing property &quot;%1&quot;, required when &quot;%2&quot; is set</source>
        <translation>Eigenschaft &quot;%1&quot; fehlt; sie ist erforderlich, wenn &quot;%2&quot; gesetzt ist</translation>
    </message>
    <message>
        <source>property name &quot;%1&quot; is not allowed</source>
        <translation>Eigenschaftsname &quot;%1&quot; ist nicht erlaubt</translation>
    </message>
    <message>
        <source>additional property &quot;%1&quot; is not allowed</source>
        <translation>zusätzliche Eigenschaft &quot;%1&quot; ist nicht erlaubt</translation>
    </message>
    <message>
        <source>must match one of the alternatives</source>
        <translation>muss einer der Alternativen entsprechen</translation>
    </message>
    <message>
        <source>must match exactly one of the alternatives (matched %1)</source>
        <translation>muss genau einer der Alternativen entsprechen (%1 passen)</translation>
    </message>
    <message>
        <source>must not match the schema in &quot;not&quot;</source>
        <translation>darf nicht dem Schema in &quot;not&quot; entsprechen</translation>
    </message>
    <message>
        <source>values.schema.json must hold a JSON object, not %1</source>
        <translation>values.schema.json muss ein JSON-Objekt enthalten, nicht %1</translation>
    </message>
    <message>
        <source>values.schema.json is not valid JSON: %1 (at character %2)</source>
        <translation>values.schema.json ist kein gültiges JSON: %1 (bei Zeichen %2)</translation>
    </message>
    <message>
        <source>values.schema.json must hold a JSON object, not an array</source>
        <translation>values.schema.json muss ein JSON-Objekt enthalten, kein Array</translation>
    </message>
    <message>
        <source>%1: must be %2, got %3</source>
        <translation>%1: muss %2 sein, ist aber %3</translation>
    </message>
    <message>
        <source>a schema (an object, true or false)</source>
        <translation>ein Schema (ein Objekt, true oder false)</translation>
    </message>
    <message>
        <source>a schema or an array of schemas</source>
        <translation>ein Schema oder ein Array von Schemas</translation>
    </message>
    <message>
        <source>a non-empty array of schemas</source>
        <translation>ein nicht leeres Array von Schemas</translation>
    </message>
    <message>
        <source>an object of schemas</source>
        <translation>ein Objekt aus Schemas</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1: darf nicht leer sein</translation>
    </message>
    <message>
        <source>a non-negative integer</source>
        <translation>eine nicht negative ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a number greater than 0</source>
        <translation>eine Zahl größer als 0</translation>
    </message>
    <message>
        <source>true or false (draft-04)</source>
        <translation>true oder false (draft-04)</translation>
    </message>
    <message>
        <source>a number (true/false is draft-04&apos;s form: name that draft in &quot;$schema&quot;)</source>
        <translation>eine Zahl (true/false ist die Form von draft-04: diesen Draft in &quot;$schema&quot; nennen)</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenketten</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice</source>
        <translation>%1: &quot;%2&quot; steht zweimal in der Liste</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a JSON Schema type (%3)</source>
        <translation>%1: &quot;%2&quot; ist kein JSON-Schema-Typ (%3)</translation>
    </message>
    <message>
        <source>a type name or an array of them</source>
        <translation>ein Typname oder ein Array davon</translation>
    </message>
    <message>
        <source>a type name</source>
        <translation>ein Typname</translation>
    </message>
</context>
<context>
    <name>WorkloadForm</name>
    <message>
        <source>The name %1.</source>
        <translation>Der Name %1.</translation>
    </message>
    <message>
        <source>%1: clusters before Kubernetes 1.32 refuse this name, and shells cannot read it (use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, not starting with a digit).</source>
        <translation>%1: Cluster vor Kubernetes 1.32 lehnen diesen Namen ab, und Shells können ihn nicht lesen (verwenden Sie Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos; und &apos;.&apos;, nicht mit einer Ziffer am Anfang).</translation>
    </message>
    <message>
        <source>%1 is set again (row %2 sets it too): the last one wins.</source>
        <translation>%1 wird erneut gesetzt (Zeile %2 setzt es ebenfalls): Der letzte Eintrag gilt.</translation>
    </message>
    <message>
        <source>A variable takes a value or a reference, not both.</source>
        <translation>Eine Variable hat einen Wert oder eine Referenz, nicht beides.</translation>
    </message>
    <message>
        <source>Only one source at a time (%1).</source>
        <translation>Nur eine Quelle gleichzeitig (%1).</translation>
    </message>
    <message>
        <source>Which %1? The name is required.</source>
        <translation>Welches %1-Objekt? Der Name ist erforderlich.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>ConfigMap</source>
        <translation>ConfigMap</translation>
    </message>
    <message>
        <source>Which key? The key is required.</source>
        <translation>Welcher Schlüssel? Der Schlüssel ist erforderlich.</translation>
    </message>
    <message>
        <source>The key %1.</source>
        <translation>Der Schlüssel %1.</translation>
    </message>
    <message>
        <source>containerPort must be between 1 and 65535.</source>
        <translation>containerPort muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>hostPort must be between 1 and 65535 (or 0 for none).</source>
        <translation>hostPort muss zwischen 1 und 65535 liegen (oder 0 für keinen).</translation>
    </message>
    <message>
        <source>“%1” is not a protocol: TCP, UDP or SCTP.</source>
        <translation>„%1“ ist kein Protokoll: TCP, UDP oder SCTP.</translation>
    </message>
    <message>
        <source>The port name %1.</source>
        <translation>Der Portname %1.</translation>
    </message>
    <message>
        <source>%1 already names %2: port names are unique in a container.</source>
        <translation>%1 benennt bereits %2: Portnamen sind innerhalb eines Containers eindeutig.</translation>
    </message>
    <message>
        <source>%1 also names %2: a Service targeting the port by name may reach either.</source>
        <translation>%1 benennt auch %2: Ein Service, der den Port über den Namen anspricht, kann jeden der beiden erreichen.</translation>
    </message>
    <message>
        <source>%1 is listed twice in this container (row %2).</source>
        <translation>%1 ist in diesem Container doppelt aufgeführt (Zeile %2).</translation>
    </message>
    <message>
        <source>Host port %1/%2 is taken by %3: a node has one %2 port %1 per address.</source>
        <translation>Host-Port %1/%2 ist bereits von %3 belegt: Ein Node hat pro Adresse nur einen %2-Port %1.</translation>
    </message>
    <message>
        <source>With hostNetwork the hostPort must equal the containerPort (%1).</source>
        <translation>Mit hostNetwork muss hostPort gleich containerPort sein (%1).</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>“%1” %2.</source>
        <translation>„%1“ %2.</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>muss 0 oder größer sein</translation>
    </message>
    <message>
        <source>%1 is counted in whole devices: %2 is not a whole number.</source>
        <translation>%1 wird in ganzen Geräten gezählt: %2 ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1 cannot be overcommitted: set its limit (to the same number).</source>
        <translation>%1 kann nicht überbucht werden: Legen Sie das Limit fest (auf denselben Wert).</translation>
    </message>
    <message>
        <source>must equal the %1 limit: extended resources cannot be overcommitted.</source>
        <translation>muss dem %1-Limit entsprechen: Erweiterte Ressourcen können nicht überbucht werden.</translation>
    </message>
    <message>
        <source>must be less than or equal to the %1 limit.</source>
        <translation>muss kleiner oder gleich dem %1-Limit sein.</translation>
    </message>
    <message>
        <source>The label key %1.</source>
        <translation>Der Label-Schlüssel %1.</translation>
    </message>
    <message>
        <source>The label value %1.</source>
        <translation>Der Label-Wert %1.</translation>
    </message>
    <message>
        <source>“%1” is not an operator: Equal or Exists.</source>
        <translation>„%1“ ist kein Operator: Equal oder Exists.</translation>
    </message>
    <message>
        <source>Without a key the operator must be Exists (tolerate every taint).</source>
        <translation>Ohne Schlüssel muss der Operator Exists sein (jeden Taint tolerieren).</translation>
    </message>
    <message>
        <source>With Exists there is no value (remove “%1” or use Equal).</source>
        <translation>Bei Exists gibt es keinen Wert (entfernen Sie „%1“ oder verwenden Sie Equal).</translation>
    </message>
    <message>
        <source>The value %1.</source>
        <translation>Der Wert %1.</translation>
    </message>
    <message>
        <source>“%1” is not an effect: NoSchedule, PreferNoSchedule or NoExecute (or empty for all).</source>
        <translation>„%1“ ist kein Effekt: NoSchedule, PreferNoSchedule oder NoExecute (oder leer für alle).</translation>
    </message>
    <message>
        <source>tolerationSeconds applies to NoExecute only.</source>
        <translation>tolerationSeconds gilt nur für NoExecute.</translation>
    </message>
    <message>
        <source>Replicas must be a whole number, 0 or more.</source>
        <translation>Die Anzahl der Replikate muss eine ganze Zahl ab 0 sein.</translation>
    </message>
    <message>
        <source>A pod needs at least one container.</source>
        <translation>Ein Pod braucht mindestens einen Container.</translation>
    </message>
    <message>
        <source>The container name %1.</source>
        <translation>Der Container-Name %1.</translation>
    </message>
    <message>
        <source>%1 also names %2: container names are unique in a pod.</source>
        <translation>%1 ist auch der Name von %2: Container-Namen sind in einem Pod eindeutig.</translation>
    </message>
    <message>
        <source>An image is required.</source>
        <translation>Ein Image ist erforderlich.</translation>
    </message>
    <message>
        <source>no workload is loaded</source>
        <translation>kein Workload geladen</translation>
    </message>
    <message>
        <source>A %1 runs one pod per node: it has no replicas.</source>
        <translation>Ein %1 führt einen Pod pro Node aus: Es hat keine Replikate.</translation>
    </message>
    <message>
        <source>Replicas must be 0 or more.</source>
        <translation>Die Anzahl der Replikate muss 0 oder größer sein.</translation>
    </message>
    <message numerus="yes">
        <source>Scale to %n replica(s)</source>
        <translation>
            <numerusform>Auf %n Replikat skalieren</numerusform>
            <numerusform>Auf %n Replikate skalieren</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no %1 %2 in this namespace: the pod will not start.</source>
        <translation>%1 %2 existiert in diesem Namespace nicht: Der Pod wird nicht starten.</translation>
    </message>
    <message>
        <source>%1 %2 has no key %3: the pod will not start.</source>
        <translation>%1 %2 hat keinen Schlüssel %3: Der Pod wird nicht starten.</translation>
    </message>
    <message>
        <source>This object has no pod template (spec.template.spec).</source>
        <translation>Dieses Objekt hat keine Pod-Vorlage (spec.template.spec).</translation>
    </message>
    <message>
        <source>There is no container %1.</source>
        <translation>Es gibt keinen Container %1.</translation>
    </message>
</context>
<context>
    <name>fc::AboutDialog</name>
    <message>
        <source>About FedConsole</source>
        <translation>Über FedConsole</translation>
    </message>
    <message>
        <source>FedConsole icon</source>
        <translation>FedConsole-Symbol</translation>
    </message>
    <message>
        <source>&lt;h2&gt;FedConsole %1&lt;/h2&gt;&lt;p&gt;A desktop console for federated-learning deployments on Kubernetes: NVIDIA FLARE, OpenFL and FATE.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;FedConsole %1&lt;/h2&gt;&lt;p&gt;Eine Desktop-Konsole für Federated-Learning-Deployments auf Kubernetes: NVIDIA FLARE, OpenFL und FATE.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>wird abgefragt…</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>fc::AccessReview</name>
    <message>
        <source>the server&apos;s %1 is not JSON: %2</source>
        <translation>die %1 des Servers ist kein JSON: %2</translation>
    </message>
    <message>
        <source>the server answered %1 where a %2 was expected</source>
        <translation>der Server antwortete mit %1, erwartet war eine %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 in namespace %3</source>
        <translation>%1 %2 im Namespace %3</translation>
    </message>
</context>
<context>
    <name>fc::AddCluster</name>
    <message>
        <source>Context name: give the cluster a name</source>
        <translation>Kontextname: Geben Sie dem Cluster einen Namen</translation>
    </message>
    <message>
        <source>Context name: no spaces, slashes or control characters</source>
        <translation>Kontextname: keine Leerzeichen, Schrägstriche oder Steuerzeichen</translation>
    </message>
    <message>
        <source>Server URL: not a URL (https://host:port)</source>
        <translation>Server-URL: keine URL (https://host:port)</translation>
    </message>
    <message>
        <source>Server URL: must start with https:// (a token is never sent in clear)</source>
        <translation>Server-URL: muss mit https:// beginnen (ein Token wird nie im Klartext gesendet)</translation>
    </message>
    <message>
        <source>CA certificate: %1</source>
        <translation>CA-Zertifikat: %1</translation>
    </message>
    <message>
        <source>CA certificate: no PEM certificate found</source>
        <translation>CA-Zertifikat: kein PEM-Zertifikat gefunden</translation>
    </message>
    <message>
        <source>Namespace: lower-case letters, digits and &apos;-&apos;, at most 63 characters</source>
        <translation>Namespace: Kleinbuchstaben, Ziffern und &apos;-&apos;, höchstens 63 Zeichen</translation>
    </message>
    <message>
        <source>Token: paste the bearer token (it is stored in the keychain, not in a file)</source>
        <translation>Token: Fügen Sie das Bearer-Token ein (es wird im Schlüsselbund gespeichert, nicht in einer Datei)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>in %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>line </source>
        <translation>Zeile </translation>
    </message>
    <message>
        <source>kubeconfig: it defines no context</source>
        <translation>kubeconfig: sie definiert keinen Kontext</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>fc::AddClusterDialog</name>
    <message>
        <source>Add a cluster</source>
        <translation>Cluster hinzufügen</translation>
    </message>
    <message>
        <source>Paste a kubeconfig (as kubectl config view --raw prints it, or as your cluster&apos;s provider gives it). It is checked, then saved as a file of its own.</source>
        <translation>Fügen Sie eine kubeconfig ein (so wie kubectl config view --raw sie ausgibt oder wie der Anbieter Ihres Clusters sie bereitstellt). Sie wird geprüft und dann als eigene Datei gespeichert.</translation>
    </message>
    <message>
        <source>Kubeconfig text</source>
        <translation>Kubeconfig-Text</translation>
    </message>
    <message>
        <source>&amp;Paste a kubeconfig</source>
        <translation>Kubeconfig &amp;einfügen</translation>
    </message>
    <message>
        <source>e.g. partner-hospital</source>
        <translation>z. B. partner-hospital</translation>
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation>CA-Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>-----BEGIN CERTIFICATE-----  (empty: the system&apos;s trusted roots)</source>
        <translation>-----BEGIN CERTIFICATE-----  (leer: die vertrauenswürdigen Stammzertifikate des Systems)</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>Aus &amp;Datei…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>stored in the desktop keychain, never in a file</source>
        <translation>im Schlüsselbund des Desktops gespeichert, nie in einer Datei</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Context &amp;name:</source>
        <translation>Kontext&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>&amp;Server-URL:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Name&amp;space:</source>
        <translation>Names&amp;pace:</translation>
    </message>
    <message>
        <source>No keychain can be reached (%1): a token cannot be stored safely, so this way is not available. Paste a kubeconfig instead.</source>
        <translation>Kein Schlüsselbund erreichbar (%1): Ein Token kann nicht sicher gespeichert werden, daher ist dieser Weg nicht verfügbar. Fügen Sie stattdessen eine kubeconfig ein.</translation>
    </message>
    <message>
        <source>Server &amp;URL and token</source>
        <translation>Server-&amp;URL und Token</translation>
    </message>
    <message>
        <source>&amp;Add cluster</source>
        <translation>Cluster &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Not added — the kubeconfig has problems:
%1</source>
        <translation>Nicht hinzugefügt — die kubeconfig hat Probleme:
%1</translation>
    </message>
    <message>
        <source>No keychain: %1</source>
        <translation>Kein Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain, nothing was added: %1</source>
        <translation>Das Token konnte nicht im Schlüsselbund gespeichert werden, nichts wurde hinzugefügt: %1</translation>
    </message>
</context>
<context>
    <name>fc::CaUnlocker</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The passphrase in the keychain did not work: %1</source>
        <translation>Die Passphrase im Schlüsselbund hat nicht funktioniert: %1</translation>
    </message>
    <message>
        <source>Passphrase of CA &quot;%1&quot; (its key is stored encrypted):</source>
        <translation>Passphrase der CA &quot;%1&quot; (ihr Schlüssel ist verschlüsselt gespeichert):</translation>
    </message>
    <message>
        <source>Decrypting the CA key…</source>
        <translation>CA-Schlüssel wird entschlüsselt…</translation>
    </message>
    <message>
        <source>Wrong passphrase for CA &quot;%1&quot;. Try again.</source>
        <translation>Falsche Passphrase für CA &quot;%1&quot;. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Passphrase of CA &quot;%1&quot; saved in the keychain.</source>
        <translation>Passphrase der CA &quot;%1&quot; im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the passphrase in the keychain: %1</source>
        <translation>Die Passphrase konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>fc::CertificateInventory</name>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <comment>certificate status</comment>
        <translation>
            <numerusform>läuft in einem Tag ab</numerusform>
            <numerusform>läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>SANs</source>
        <comment>subject alternative names</comment>
        <translation>SANs</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chain</source>
        <comment>certificate chain verification</comment>
        <translation>Kette</translation>
    </message>
</context>
<context>
    <name>fc::CertificateSecrets</name>
    <message>
        <source>Kubernetes TLS (tls.crt, tls.key, ca.crt)</source>
        <translation>Kubernetes TLS (tls.crt, tls.key, ca.crt)</translation>
    </message>
    <message>
        <source>Generic PEM (cert.pem, key.pem, ca.pem)</source>
        <translation>Generisches PEM (cert.pem, key.pem, ca.pem)</translation>
    </message>
    <message>
        <source>NVIDIA FLARE server</source>
        <translation>NVIDIA FLARE-Server</translation>
    </message>
    <message>
        <source>NVIDIA FLARE client / admin</source>
        <translation>NVIDIA FLARE-Client / -Admin</translation>
    </message>
    <message>
        <source>OpenFL director</source>
        <translation>OpenFL-Director</translation>
    </message>
    <message>
        <source>OpenFL envoy</source>
        <translation>OpenFL-Envoy</translation>
    </message>
    <message>
        <source>OpenFL notebook</source>
        <translation>OpenFL-Notebook</translation>
    </message>
    <message>
        <source>FATE eggroll (server)</source>
        <translation>FATE eggroll (Server)</translation>
    </message>
    <message>
        <source>FATE eggroll (client)</source>
        <translation>FATE eggroll (Client)</translation>
    </message>
    <message>
        <source>FATE Pulsar broker</source>
        <translation>FATE-Pulsar-Broker</translation>
    </message>
    <message>
        <source>FATE traffic server</source>
        <translation>FATE-Traffic-Server</translation>
    </message>
    <message>
        <source>a namespace is required</source>
        <translation>ein Namespace ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid namespace: lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit, at most 63 characters</source>
        <translation>&quot;%1&quot; ist kein gültiger Namespace: Kleinbuchstaben, Ziffern und &apos;-&apos;, beginnend und endend mit einem Buchstaben oder einer Ziffer, höchstens 63 Zeichen</translation>
    </message>
    <message>
        <source>a secret name is required</source>
        <translation>ein Secret-Name ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid secret name: lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit, at most 253 characters</source>
        <translation>&quot;%1&quot; ist kein gültiger Secret-Name: Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;.&apos;, beginnend und endend mit einem Buchstaben oder einer Ziffer, höchstens 253 Zeichen</translation>
    </message>
    <message>
        <source>a key name is required</source>
        <translation>ein Schlüsselname ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid secret key: letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, at most 253 characters</source>
        <translation>&quot;%1&quot; ist kein gültiger Secret-Schlüssel: Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;, höchstens 253 Zeichen</translation>
    </message>
    <message>
        <source>the certificate, key and CA need different key names</source>
        <translation>Zertifikat, Schlüssel und CA brauchen unterschiedliche Schlüsselnamen</translation>
    </message>
    <message>
        <source>no certificate given</source>
        <translation>kein Zertifikat angegeben</translation>
    </message>
    <message>
        <source>no private key given</source>
        <translation>kein privater Schlüssel angegeben</translation>
    </message>
    <message>
        <source>the private key is encrypted: a pod cannot type a passphrase, deploy the key unencrypted</source>
        <translation>der private Schlüssel ist verschlüsselt: ein Pod kann keine Passphrase eingeben, stellen Sie den Schlüssel unverschlüsselt bereit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the CA file is not a CA certificate</source>
        <translation>&quot;%1&quot; in der CA-Datei ist kein CA-Zertifikat</translation>
    </message>
    <message>
        <source>not allowed to write Secret %1: your account has no create/patch rights on secrets in namespace &quot;%2&quot; (server: %3)</source>
        <translation>Secret %1 darf nicht geschrieben werden: Ihr Konto hat keine create/patch-Rechte für Secrets im Namespace &quot;%2&quot; (Server: %3)</translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot; does not exist (server: %2)</source>
        <translation>Namespace &quot;%1&quot; existiert nicht (Server: %2)</translation>
    </message>
    <message>
        <source>Secret %1 does not exist (server: %2)</source>
        <translation>Secret %1 existiert nicht (Server: %2)</translation>
    </message>
    <message>
        <source>the server rejected Secret %1 as invalid%2: %3</source>
        <translation>der Server hat Secret %1 als ungültig abgelehnt%2: %3</translation>
    </message>
    <message>
        <source>fields of Secret %1 are managed by another tool; apply with force to take them over (server: %2)</source>
        <translation>Felder von Secret %1 werden von einem anderen Werkzeug verwaltet; erzwungenes Anwenden übernimmt sie (Server: %2)</translation>
    </message>
    <message>
        <source>Secret %1 changed since it was read; nothing was written. Read it again and retry (server: %2)</source>
        <translation>Secret %1 wurde seit dem Lesen geändert; es wurde nichts geschrieben. Lesen Sie es erneut und versuchen Sie es noch einmal (Server: %2)</translation>
    </message>
    <message>
        <source>could not reach the cluster to write Secret %1</source>
        <translation>der Cluster war nicht erreichbar, um Secret %1 zu schreiben</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; of secret &quot;%2&quot; holds no leaf certificate</source>
        <translation>Schlüssel &quot;%1&quot; von Secret &quot;%2&quot; enthält kein Leaf-Zertifikat</translation>
    </message>
    <message>
        <source>secret &quot;%1&quot; holds no leaf certificate to renew</source>
        <translation>Secret &quot;%1&quot; enthält kein Leaf-Zertifikat zum Erneuern</translation>
    </message>
    <message>
        <source>secret &quot;%1&quot; holds several certificates (%2): choose one</source>
        <translation>Secret &quot;%1&quot; enthält mehrere Zertifikate (%2): wählen Sie eines aus</translation>
    </message>
    <message>
        <source>secret &quot;%1&quot; holds no private key matching &quot;%2&quot;: there is nowhere to put the renewed key</source>
        <translation>Secret &quot;%1&quot; enthält keinen privaten Schlüssel passend zu &quot;%2&quot;: der erneuerte Schlüssel kann nirgends abgelegt werden</translation>
    </message>
    <message>
        <source>the certificate in secret &quot;%1&quot; has a %2 key, which FedConsole does not generate: choose the new key&apos;s type</source>
        <translation>das Zertifikat in Secret &quot;%1&quot; hat einen %2-Schlüssel, den FedConsole nicht erzeugt: wählen Sie den Typ des neuen Schlüssels</translation>
    </message>
    <message>
        <source>Secret %1/%2 not found</source>
        <translation>Secret %1/%2 nicht gefunden</translation>
    </message>
    <message>
        <source>the renewal has no resourceVersion to write against</source>
        <translation>für die Erneuerung gibt es keine resourceVersion, gegen die geschrieben werden kann</translation>
    </message>
    <message>
        <source>Renew the certificate</source>
        <translation>Zertifikat erneuern</translation>
    </message>
</context>
<context>
    <name>fc::CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>New CA…</source>
        <translation>Neue CA…</translation>
    </message>
    <message>
        <source>Create a root or intermediate certificate authority</source>
        <translation>Eine Root- oder Zwischen-Zertifizierungsstelle erstellen</translation>
    </message>
    <message>
        <source>Import CA…</source>
        <translation>CA importieren…</translation>
    </message>
    <message>
        <source>Import an existing CA certificate and key</source>
        <translation>Ein vorhandenes CA-Zertifikat mit Schlüssel importieren</translation>
    </message>
    <message>
        <source>Issue certificate…</source>
        <translation>Zertifikat ausstellen…</translation>
    </message>
    <message>
        <source>Issue a server or client certificate</source>
        <translation>Ein Server- oder Client-Zertifikat ausstellen</translation>
    </message>
    <message>
        <source>Sign CSR…</source>
        <translation>CSR signieren…</translation>
    </message>
    <message>
        <source>Sign a certificate signing request</source>
        <translation>Eine Zertifikatsignieranforderung (CSR) signieren</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Erneuern…</translation>
    </message>
    <message>
        <source>Renew the selected certificate</source>
        <translation>Das ausgewählte Zertifikat erneuern</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Write the selected certificate as PEM, PKCS#12 or a framework layout</source>
        <translation>Das ausgewählte Zertifikat als PEM, PKCS#12 oder im Layout eines Frameworks schreiben</translation>
    </message>
    <message>
        <source>Deploy to Secret…</source>
        <translation>Als Secret bereitstellen…</translation>
    </message>
    <message>
        <source>Create a Kubernetes Secret from the selected certificate and its in-memory key</source>
        <translation>Ein Kubernetes-Secret aus dem ausgewählten Zertifikat und seinem Schlüssel im Arbeitsspeicher erstellen</translation>
    </message>
    <message>
        <source>Federation wizard…</source>
        <translation>Föderations-Assistent…</translation>
    </message>
    <message>
        <source>Create a CA and every party&apos;s certificate for a FLARE, OpenFL or FATE federation</source>
        <translation>Eine CA und die Zertifikate aller Parteien für eine FLARE-, OpenFL- oder FATE-Föderation erstellen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Reload the certificates from disk</source>
        <translation>Die Zertifikate neu von der Festplatte laden</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>subject, issuer, SAN, serial, status…</source>
        <translation>Subject, Aussteller, SAN, Seriennummer, Status…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>Diese Anwendung</translation>
    </message>
    <message>
        <source>%1 of %2 certificates</source>
        <translation>%1 von %2 Zertifikaten</translation>
    </message>
    <message>
        <source>Cannot read the certificate store: %1</source>
        <translation>Der Zertifikatsspeicher kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666&apos;&gt;Select a certificate to see its details.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;Wählen Sie ein Zertifikat aus, um seine Details zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>SANs</source>
        <translation>SANs</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Basic constraints</source>
        <translation>Basiseinschränkungen</translation>
    </message>
    <message>
        <source>CA, path length %1</source>
        <translation>CA, Pfadlänge %1</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>end entity</source>
        <translation>Endentität</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Schlüsselverwendung</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Erweiterte Schlüsselverwendung</translation>
    </message>
    <message>
        <source>Role (unstructuredName)</source>
        <translation>Rolle (unstructuredName)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>stored encrypted in the CA store</source>
        <translation>verschlüsselt im CA-Speicher abgelegt</translation>
    </message>
    <message>
        <source>not kept by FedConsole</source>
        <translation>wird von FedConsole nicht aufbewahrt</translation>
    </message>
    <message>
        <source>in memory (issued this session): Export… or Deploy to Secret…</source>
        <translation>im Arbeitsspeicher (in dieser Sitzung ausgestellt): Exportieren… oder Als Secret bereitstellen…</translation>
    </message>
    <message>
        <source>Issued %1 (serial %2). Its key is kept in memory for Export… and Deploy to Secret… until FedConsole quits.</source>
        <translation>%1 ausgestellt (Seriennummer %2). Sein Schlüssel bleibt für Exportieren… und Als Secret bereitstellen… im Arbeitsspeicher, bis FedConsole beendet wird.</translation>
    </message>
    <message>
        <source>Created CA &quot;%1&quot;.</source>
        <translation>CA „%1“ erstellt.</translation>
    </message>
    <message>
        <source>Imported CA &quot;%1&quot;; its key is stored encrypted.</source>
        <translation>CA „%1“ importiert; ihr Schlüssel ist verschlüsselt gespeichert.</translation>
    </message>
    <message>
        <source>Signed %1 (serial %2).</source>
        <translation>%1 signiert (Seriennummer %2).</translation>
    </message>
    <message>
        <source>Select an issued (non-CA) certificate to renew.</source>
        <translation>Wählen Sie ein ausgestelltes Zertifikat (keine CA) zum Erneuern aus.</translation>
    </message>
    <message>
        <source>Select a certificate to export.</source>
        <translation>Wählen Sie ein Zertifikat zum Exportieren aus.</translation>
    </message>
    <message>
        <source>Wrote %1 in %2.</source>
        <translation>%1 in %2 geschrieben.</translation>
    </message>
    <message>
        <source>Only a certificate issued in this session can be deployed: its key is kept in memory only.</source>
        <translation>Nur ein in dieser Sitzung ausgestelltes Zertifikat kann bereitgestellt werden: Sein Schlüssel wird nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>Details of the selected certificate</source>
        <translation>Details des ausgewählten Zertifikats</translation>
    </message>
</context>
<context>
    <name>fc::ClusterCertificateModel</name>
    <message>
        <source>not connected to a cluster</source>
        <translation>nicht mit einem Cluster verbunden</translation>
    </message>
    <message>
        <source>Reading secrets…</source>
        <translation>Secrets werden gelesen…</translation>
    </message>
    <message>
        <source>could not list secrets: %1</source>
        <translation>Secrets konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>could not list pods, &quot;Mounted by&quot; is empty: %1</source>
        <translation>Pods konnten nicht aufgelistet werden, „Eingebunden von“ bleibt leer: %1</translation>
    </message>
    <message>
        <source>Reading pods… %1</source>
        <translation>Pods werden gelesen… %1</translation>
    </message>
    <message>
        <source>Reading secrets… %1</source>
        <translation>Secrets werden gelesen… %1</translation>
    </message>
    <message>
        <source>Reading certificates…</source>
        <translation>Zertifikate werden gelesen…</translation>
    </message>
    <message>
        <source>1 certificate</source>
        <translation>1 Zertifikat</translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation>%1 Zertifikate</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>%1 (1 day left)</source>
        <translation>%1 (noch 1 Tag)</translation>
    </message>
    <message>
        <source>%1 (%2 days left)</source>
        <translation>%1 (noch %2 Tage)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>data key of a secret</comment>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>SANs</source>
        <comment>subject alternative names</comment>
        <translation>SANs</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Chain</source>
        <comment>certificate chain verification</comment>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Mounted by</source>
        <translation>Eingebunden von</translation>
    </message>
</context>
<context>
    <name>fc::ClusterCertificatesView</name>
    <message>
        <source>All namespaces</source>
        <translation>Alle Namespaces</translation>
    </message>
    <message>
        <source>Filter by secret, subject, SAN, pod…</source>
        <translation>Nach Secret, Subject, SAN, Pod filtern…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Re&amp;new into secret…</source>
        <translation>In Secret &amp;erneuern…</translation>
    </message>
    <message>
        <source>Issue a renewed certificate (same subject and SANs) from a CA of the store and write it into the secret it came from</source>
        <translation>Ein erneuertes Zertifikat (gleiches Subject und gleiche SANs) von einer CA des Speichers ausstellen und in das Secret schreiben, aus dem es stammt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Renewed the certificate in secret %1/%2 (serial %3).</source>
        <translation>Zertifikat in Secret %1/%2 erneuert (Seriennummer %3).</translation>
    </message>
    <message>
        <source>Filter the cluster&apos;s certificates</source>
        <translation>Zertifikate des Clusters filtern</translation>
    </message>
</context>
<context>
    <name>fc::ClusterOverviewModel</name>
    <message>
        <source>only the namespaces %1 may be listed: %2</source>
        <translation>nur die Namespaces %1 dürfen gelistet werden: %2</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message numerus="yes">
        <source> — next attempt in %n s</source>
        <translation>
            <numerusform> — nächster Versuch in %n s</numerusform>
            <numerusform> — nächster Versuch in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reachable</source>
        <translation>
            <numerusform>%n erreichbar</numerusform>
            <numerusform>%n erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connecting</source>
        <translation>
            <numerusform>%n verbindet</numerusform>
            <numerusform>%n verbinden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reconnecting</source>
        <translation>
            <numerusform>%n verbindet neu</numerusform>
            <numerusform>%n verbinden neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unauthorized</source>
        <translation>
            <numerusform>%n nicht autorisiert</numerusform>
            <numerusform>%n nicht autorisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n nicht erreichbar</numerusform>
            <numerusform>%n nicht erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be opened</source>
        <translation>
            <numerusform>%n nicht zu öffnen</numerusform>
            <numerusform>%n nicht zu öffnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not open</source>
        <translation>
            <numerusform>%n nicht geöffnet</numerusform>
            <numerusform>%n nicht geöffnet</numerusform>
        </translation>
    </message>
    <message>
        <source>1 context</source>
        <translation>1 Kontext</translation>
    </message>
    <message>
        <source>%1 contexts</source>
        <translation>%1 Kontexte</translation>
    </message>
    <message>
        <source>the cluster cannot be read: nothing was listed</source>
        <translation>der Cluster kann nicht gelesen werden: nichts wurde gelistet</translation>
    </message>
    <message>
        <source>the cluster cannot be read now: as last seen</source>
        <translation>der Cluster kann gerade nicht gelesen werden: Stand zuletzt gesehen</translation>
    </message>
    <message>
        <source>the server refused the list</source>
        <translation>der Server hat das Auflisten verweigert</translation>
    </message>
    <message>
        <source>%1 — pinned: opened at start</source>
        <translation>%1 — angeheftet: wird beim Start geöffnet</translation>
    </message>
    <message>
        <source>%1, pinned</source>
        <translation>%1, angeheftet</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>%1 (some namespaces)</source>
        <translation>%1 (einige Namespaces)</translation>
    </message>
    <message>
        <source>%1 of %2 held</source>
        <translation>%1 von %2 belegt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>none expiring</source>
        <translation>keines läuft ab</translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n abgelaufen</numerusform>
            <numerusform>%n abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiring</source>
        <translation>
            <numerusform>%n läuft ab</numerusform>
            <numerusform>%n laufen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Federations</source>
        <translation>Föderationen</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>fc::ClusterOverviewPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Clo&amp;se</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Show in &amp;Resources</source>
        <translation>In &amp;Ressourcen zeigen</translation>
    </message>
    <message>
        <source>&amp;Pin at start</source>
        <translation>Beim Start &amp;anheften</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Open the selected contexts: their connections stay live in the background</source>
        <translation>Die gewählten Kontexte öffnen: ihre Verbindungen bleiben im Hintergrund aktiv</translation>
    </message>
    <message>
        <source>Close the selected contexts: their watches end and their parties leave the federation view</source>
        <translation>Die gewählten Kontexte schließen: ihre Watches enden und ihre Parteien verlassen die Föderationsansicht</translation>
    </message>
    <message>
        <source>Make the selected context the current one (Enter, or a double click)</source>
        <translation>Den gewählten Kontext zum aktuellen machen (Eingabe oder Doppelklick)</translation>
    </message>
    <message>
        <source>Pin or unpin the selected contexts: pinned contexts open when FedConsole starts</source>
        <translation>Die gewählten Kontexte anheften oder lösen: angeheftete Kontexte öffnen beim Start von FedConsole</translation>
    </message>
</context>
<context>
    <name>fc::ConfigMapEditorWidget</name>
    <message>
        <source>Ingress TCP ports</source>
        <translation>Ingress-TCP-Ports</translation>
    </message>
    <message>
        <source>Ingress UDP ports</source>
        <translation>Ingress-UDP-Ports</translation>
    </message>
    <message>
        <source>FATE routes (%1)</source>
        <translation>FATE-Routen (%1)</translation>
    </message>
    <message>
        <source>GPU time-slicing (%1)</source>
        <translation>GPU-Time-Slicing (%1)</translation>
    </message>
    <message>
        <source>Tree (%1)</source>
        <translation>Baum (%1)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Add key</source>
        <translation>Schlüssel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete key</source>
        <translation>Schlüssel &amp;löschen</translation>
    </message>
    <message>
        <source>Value of the selected key</source>
        <translation>Wert des ausgewählten Schlüssels</translation>
    </message>
    <message>
        <source>Replace from &amp;file…</source>
        <translation>Aus &amp;Datei ersetzen…</translation>
    </message>
    <message>
        <source>The file&apos;s bytes become the value: text goes to data, anything else to binaryData</source>
        <translation>Die Bytes der Datei werden zum Wert: Text kommt nach data, alles andere nach binaryData</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>In Datei &amp;speichern…</translation>
    </message>
    <message>
        <source>Replace %1 from file</source>
        <translation>%1 aus Datei ersetzen</translation>
    </message>
    <message>
        <source>Save %1 to file</source>
        <translation>%1 in Datei speichern</translation>
    </message>
    <message>
        <source>port </source>
        <translation>Port </translation>
    </message>
    <message>
        <source>namespace/service:port</source>
        <translation>Namespace/Service:Port</translation>
    </message>
    <message>
        <source>&amp;Add mapping</source>
        <translation>Zuordnung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Port %1: %2</source>
        <translation>Port %1: %2</translation>
    </message>
    <message>
        <source>Write the target as namespace/service:port, e.g. default/web:8080.</source>
        <translation>Geben Sie das Ziel als Namespace/Service:Port an, z. B. default/web:8080.</translation>
    </message>
    <message>
        <source>Only PROXY may follow the port, not &quot;%1&quot;.</source>
        <translation>Nach dem Port darf nur PROXY folgen, nicht „%1“.</translation>
    </message>
    <message>
        <source>party id</source>
        <translation>Partei-ID</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Allow by default</source>
        <translation>Standardmäßig erlauben</translation>
    </message>
    <message>
        <source>&amp;Add route</source>
        <translation>Route &amp;hinzufügen</translation>
    </message>
    <message>
        <source>%1 does not parse: %2</source>
        <translation>%1 lässt sich nicht parsen: %2</translation>
    </message>
    <message>
        <source>Rename by default (….shared)</source>
        <translation>Standardmäßig umbenennen (….shared)</translation>
    </message>
    <message>
        <source>Fail requests greater than one</source>
        <translation>Anforderungen größer als eins ablehnen</translation>
    </message>
    <message>
        <source>&amp;Add resource</source>
        <translation>Ressource &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove entry</source>
        <translation>Eintrag &amp;entfernen</translation>
    </message>
    <message>
        <source>Value of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Wert von &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a key to see its value.</source>
        <translation>Wählen Sie einen Schlüssel aus, um seinen Wert zu sehen.</translation>
    </message>
    <message>
        <source>%1 — binary data (binaryData), not shown as text. Save it to a file to look at it, or replace it from a file.</source>
        <translation>%1 — Binärdaten (binaryData), nicht als Text angezeigt. Speichern Sie sie in eine Datei, um sie anzusehen, oder ersetzen Sie sie aus einer Datei.</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: gültig</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes: a ConfigMap holds at most 1 MiB.</source>
        <translation>%1 ist %2 Bytes groß: Eine ConfigMap fasst höchstens 1 MiB.</translation>
    </message>
    <message>
        <source>There is no key %1.</source>
        <translation>Es gibt keinen Schlüssel %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>This is %1. Each row opens an external port on every node running the ingress controller and forwards it to a Service port. The controller also needs the port as a hostPort on its pods.</source>
        <translation>Dies ist %1. Jede Zeile öffnet einen externen Port auf jedem Knoten, auf dem der Ingress-Controller läuft, und leitet ihn an einen Service-Port weiter. Der Controller braucht den Port außerdem als hostPort an seinen Pods.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>%1 could not be listed, so rows are not checked against them: %2</source>
        <translation>%1 konnten nicht aufgelistet werden, daher werden die Zeilen nicht mit ihnen abgeglichen: %2</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>EndpointSlices</source>
        <translation>EndpointSlices</translation>
    </message>
    <message>
        <source>External port</source>
        <translation>Externer Port</translation>
    </message>
</context>
<context>
    <name>fc::ConflictDialog</name>
    <message>
        <source>Changed on the server while you edited</source>
        <translation>Während Ihrer Bearbeitung auf dem Server geändert</translation>
    </message>
    <message>
        <source>Someone else changed this object. None of their changes touch the fields you edited: your changes below are carried over to the server&apos;s version.</source>
        <translation>Jemand anderes hat dieses Objekt geändert. Keine dieser Änderungen betrifft die Felder, die Sie bearbeitet haben: Ihre Änderungen unten werden auf die Version des Servers übertragen.</translation>
    </message>
    <message numerus="yes">
        <source>Someone else changed this object. Your changes below are carried over to the server&apos;s version; %n field(s) were changed on both sides — choose for each.</source>
        <translation>
            <numerusform>Jemand anderes hat dieses Objekt geändert. Ihre Änderungen unten werden auf die Version des Servers übertragen; ein Feld wurde auf beiden Seiten geändert — wählen Sie, welcher Wert gilt.</numerusform>
            <numerusform>Jemand anderes hat dieses Objekt geändert. Ihre Änderungen unten werden auf die Version des Servers übertragen; %n Felder wurden auf beiden Seiten geändert — wählen Sie für jedes Feld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>You started from</source>
        <translation>Ihr Ausgangswert</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Server&apos;s value</source>
        <translation>Wert des Servers</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>Behalten für %1</translation>
    </message>
    <message>
        <source>Your changes, carried over:</source>
        <translation>Ihre übernommenen Änderungen:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Continue from the server&apos;s version</source>
        <translation>Mit der Version des &amp;Servers fortfahren</translation>
    </message>
    <message>
        <source>Keep &amp;editing as before</source>
        <translation>&amp;Weiter bearbeiten wie bisher</translation>
    </message>
</context>
<context>
    <name>fc::ConnectionWorker</name>
    <message>
        <source>proxy %1: %2</source>
        <translation>Proxy %1: %2</translation>
    </message>
    <message>
        <source>the server answered 401 Unauthorized</source>
        <translation>der Server antwortete mit 401 Unauthorized</translation>
    </message>
    <message>
        <source>request cancelled</source>
        <translation>Anfrage abgebrochen</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>invalid JSON from the server: %1</source>
        <translation>ungültiges JSON vom Server: %1</translation>
    </message>
</context>
<context>
    <name>fc::DetailsPane</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load the object: %1</source>
        <translation>Das Objekt konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Details of the selected object</source>
        <translation>Details des ausgewählten Objekts</translation>
    </message>
</context>
<context>
    <name>fc::ExpiryWatch</name>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 ist am %2 abgelaufen</translation>
    </message>
    <message>
        <source>%1 expires on %2</source>
        <translation>%1 läuft am %2 ab</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expire within %1 days</source>
        <translation>
            <numerusform>%n Zertifikat läuft innerhalb von %1 Tagen ab</numerusform>
            <numerusform>%n Zertifikate laufen innerhalb von %1 Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) have expired</source>
        <translation>
            <numerusform>%n Zertifikat ist abgelaufen</numerusform>
            <numerusform>%n Zertifikate sind abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (local store)</source>
        <translation>%1 (lokaler Speicher)</translation>
    </message>
    <message>
        <source>%1/%2 %3 (cluster %4)</source>
        <translation>%1/%2 %3 (Cluster %4)</translation>
    </message>
</context>
<context>
    <name>fc::ExportDialog</name>
    <message>
        <source>Export certificate</source>
        <translation>Zertifikat exportieren</translation>
    </message>
    <message>
        <source>The private key is in memory (issued in this session): every format is available.</source>
        <translation>Der private Schlüssel ist im Speicher (in dieser Sitzung ausgestellt): Alle Formate sind verfügbar.</translation>
    </message>
    <message>
        <source>FedConsole keeps private keys only in memory right after issuing; this certificate&apos;s key is not available, so only certificate formats can be written. Use Renew… to get a new key.</source>
        <translation>FedConsole hält private Schlüssel nur direkt nach dem Ausstellen im Speicher; der Schlüssel dieses Zertifikats ist nicht verfügbar, daher können nur Zertifikatsformate geschrieben werden. Verwenden Sie Erneuern…, um einen neuen Schlüssel zu erhalten.</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Base name:</source>
        <translation>&amp;Basisname:</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>&amp;Verzeichnis:</translation>
    </message>
    <message>
        <source>PKCS#12 &amp;passphrase:</source>
        <translation>PKCS#12-&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Choose the directory to write to.</source>
        <translation>Wählen Sie das Zielverzeichnis.</translation>
    </message>
    <message>
        <source>A PKCS#12 file needs a passphrase.</source>
        <translation>Eine PKCS#12-Datei braucht eine Passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>fc::ExposeDialog</name>
    <message>
        <source>Expose through ingress — %1</source>
        <translation>Über Ingress freigeben — %1</translation>
    </message>
    <message>
        <source>the Service whose ports the ingress controller forwards</source>
        <translation>der Service, dessen Ports der Ingress-Controller weiterleitet</translation>
    </message>
    <message>
        <source>Where the ingress controller runs (&quot;ingress&quot; on microk8s)</source>
        <translation>Wo der Ingress-Controller läuft (&quot;ingress&quot; bei microk8s)</translation>
    </message>
    <message>
        <source>Expose: add TCP map rows and host ports</source>
        <translation>Freigeben: TCP-Map-Zeilen und Host-Ports hinzufügen</translation>
    </message>
    <message>
        <source>Remove exposure: take back what exposing added</source>
        <translation>Freigabe entfernen: zurücknehmen, was das Freigeben hinzugefügt hat</translation>
    </message>
    <message>
        <source>Service &amp;namespace:</source>
        <translation>Service-&amp;Namespace:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>&amp;Ports:</translation>
    </message>
    <message>
        <source>&amp;Ingress namespace:</source>
        <translation>&amp;Ingress-Namespace:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>TCP map</source>
        <translation>TCP-Map</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Controller</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>Probe&amp;lauf</translation>
    </message>
    <message>
        <source>Both writes checked by the server with dryRun=All; nothing is stored</source>
        <translation>Beide Schreibvorgänge werden vom Server mit dryRun=All geprüft; nichts wird gespeichert</translation>
    </message>
    <message>
        <source>&amp;Write both…</source>
        <translation>Beide sch&amp;reiben…</translation>
    </message>
    <message>
        <source>Asks first; enabled after a dry run of exactly this choice</source>
        <translation>Fragt vorher nach; verfügbar nach einem Probelauf genau dieser Auswahl</translation>
    </message>
    <message>
        <source>Cannot read Service %1/%2: %3</source>
        <translation>Service %1/%2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1/%2 (%3)</source>
        <translation>%1/%2 (%3)</translation>
    </message>
    <message>
        <source>Only TCP ports go through the TCP map</source>
        <translation>Nur TCP-Ports laufen über die TCP-Map</translation>
    </message>
    <message>
        <source>Service %1/%2 has no ports to expose.</source>
        <translation>Service %1/%2 hat keine Ports zum Freigeben.</translation>
    </message>
    <message>
        <source>Tick the ports, then run a dry run to see both changes.</source>
        <translation>Wählen Sie die Ports aus und führen Sie dann einen Probelauf aus, um beide Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>Remove the exposure of %1/%2 (ports %3)?</source>
        <translation>Freigabe von %1/%2 (Ports %3) entfernen?</translation>
    </message>
    <message>
        <source>Expose %1/%2 (ports %3) through the ingress controller?</source>
        <translation>%1/%2 (Ports %3) über den Ingress-Controller freigeben?</translation>
    </message>
    <message>
        <source>This writes ConfigMap %1 and then %2 %3/%4, whose pods restart to take the new ports. If the second write fails, the ConfigMap is put back.</source>
        <translation>Dies schreibt die ConfigMap %1 und danach %2 %3/%4, dessen Pods neu starten, um die neuen Ports zu übernehmen. Schlägt der zweite Schreibvorgang fehl, wird die ConfigMap wiederhergestellt.</translation>
    </message>
    <message>
        <source>Name the Service, its namespace and the ingress namespace.</source>
        <translation>Geben Sie den Service, seinen Namespace und den Ingress-Namespace an.</translation>
    </message>
    <message>
        <source># no change
</source>
        <translation># keine Änderung
</translation>
    </message>
    <message>
        <source>Nothing to write: everything asked for is already so.</source>
        <translation>Nichts zu schreiben: Alles ist bereits wie gewünscht.</translation>
    </message>
    <message>
        <source>Dry run passed: map rows %1, host ports %2. The server accepted both writes; nothing is stored yet.</source>
        <translation>Probelauf erfolgreich: Map-Zeilen %1, Host-Ports %2. Der Server hat beide Schreibvorgänge akzeptiert; noch ist nichts gespeichert.</translation>
    </message>
    <message>
        <source>Written: map rows %1, host ports %2.</source>
        <translation>Geschrieben: Map-Zeilen %1, Host-Ports %2.</translation>
    </message>
    <message>
        <source>Following the rollout of %1 %2/%3…</source>
        <translation>Rollout von %1 %2/%3 wird verfolgt…</translation>
    </message>
    <message>
        <source> — stopped following after %1 minutes</source>
        <translation> — Verfolgung nach %1 Minuten beendet</translation>
    </message>
    <message>
        <source>Cannot read %1 %2/%3: %4</source>
        <translation>%1 %2/%3 kann nicht gelesen werden: %4</translation>
    </message>
    <message>
        <source>Rollout of %1 %2: %3</source>
        <translation>Rollout von %1 %2: %3</translation>
    </message>
    <message>
        <source>&amp;Remove exposure…</source>
        <translation>Freigabe &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Expose…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>The overseer and servers of the NVIDIA FLARE federations recognised on this cluster</source>
        <translation>Overseer und Server der auf diesem Cluster erkannten NVIDIA-FLARE-Föderationen</translation>
    </message>
    <message>
        <source>&amp;Federation party:</source>
        <translation>&amp;Föderationsteilnehmer:</translation>
    </message>
    <message>
        <source>(a Service of your choice)</source>
        <translation>(ein Service Ihrer Wahl)</translation>
    </message>
    <message>
        <source>%1 — %2 %3: Service %4/%5, ports %6</source>
        <translation>%1 — %2 %3: Service %4/%5, Ports %6</translation>
    </message>
    <message>
        <source>The dry run was refused, so nothing was written:</source>
        <translation>Der Probelauf wurde abgelehnt, daher wurde nichts geschrieben:</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>TCP map diff</source>
        <translation>Diff der TCP-Zuordnung</translation>
    </message>
    <message>
        <source>Controller diff</source>
        <translation>Diff des Controllers</translation>
    </message>
</context>
<context>
    <name>fc::Federation</name>
    <message>
        <source>healthy</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>gestört</translation>
    </message>
    <message>
        <source>party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>target not found</source>
        <translation>Ziel nicht gefunden</translation>
    </message>
    <message>
        <source>target cannot be read (%1)</source>
        <translation>Ziel kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>target answers (%1/%2 pods ready)</source>
        <translation>Ziel antwortet (%1/%2 Pods bereit)</translation>
    </message>
    <message>
        <source>target does not answer (%1/%2 pods ready)</source>
        <translation>Ziel antwortet nicht (%1/%2 Pods bereit)</translation>
    </message>
</context>
<context>
    <name>fc::FederationEngine</name>
    <message>
        <source>pod %1: container %2 in CrashLoopBackOff (%3 restarts)</source>
        <translation>Pod %1: Container %2 in CrashLoopBackOff (%3 Neustarts)</translation>
    </message>
    <message>
        <source>pod %1: container %2 %3</source>
        <translation>Pod %1: Container %2 %3</translation>
    </message>
    <message>
        <source>pod %1 pending: %2</source>
        <translation>Pod %1 wartet (Pending): %2</translation>
    </message>
    <message>
        <source>pod %1 failed</source>
        <translation>Pod %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 %2 wants %3</source>
        <translation>%1 %2 will %3</translation>
    </message>
    <message>
        <source>no pods running</source>
        <translation>keine Pods laufen</translation>
    </message>
    <message>
        <source>no pods running (%1)</source>
        <translation>keine Pods laufen (%1)</translation>
    </message>
    <message>
        <source>no pod ready (0/%1)</source>
        <translation>kein Pod bereit (0/%1)</translation>
    </message>
    <message>
        <source>%1 of %2 pods not ready</source>
        <translation>%1 von %2 Pods nicht bereit</translation>
    </message>
    <message>
        <source>required component %1 missing</source>
        <translation>erforderliche Komponente %1 fehlt</translation>
    </message>
    <message>
        <source>certificate secret %1 expired on %2</source>
        <translation>Zertifikat-Secret %1 ist am %2 abgelaufen</translation>
    </message>
    <message>
        <source>certificate secret %1 expires in %2 days (%3)</source>
        <translation>Zertifikat-Secret %1 läuft in %2 Tagen ab (%3)</translation>
    </message>
    <message>
        <source>%1 %2 is red: %3</source>
        <translation>%1 %2 ist gestört: %3</translation>
    </message>
    <message>
        <source>%1 %2 is %3: %4</source>
        <translation>%1 %2 ist %3: %4</translation>
    </message>
    <message>
        <source>certificate secret %1 not found</source>
        <translation>Zertifikat-Secret %1 nicht gefunden</translation>
    </message>
    <message>
        <source>envoy uses director port %1, which the director&apos;s services do not expose</source>
        <translation>der Envoy verwendet den Director-Port %1, den die Services des Directors nicht anbieten</translation>
    </message>
    <message>
        <source>envoy points at director %1, which was not found</source>
        <translation>der Envoy verweist auf den Director %1, der nicht gefunden wurde</translation>
    </message>
    <message>
        <source>cannot tell which director this envoy uses (no director address found)</source>
        <translation>nicht erkennbar, welchen Director dieser Envoy verwendet (keine Director-Adresse gefunden)</translation>
    </message>
    <message>
        <source>no FLARE server found (%1 cannot connect)</source>
        <translation>kein FLARE-Server gefunden (%1 können sich nicht verbinden)</translation>
    </message>
    <message>
        <source>no OpenFL director found</source>
        <translation>kein OpenFL-Director gefunden</translation>
    </message>
    <message>
        <source>no OpenFL director &apos;%1&apos; found</source>
        <translation>kein OpenFL-Director &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <source>party %1 has no route table</source>
        <translation>Partei %1 hat keine Routing-Tabelle</translation>
    </message>
    <message>
        <source>party %1 routes default traffic to %2:%3</source>
        <translation>Partei %1 leitet den Standardverkehr an %2:%3</translation>
    </message>
    <message>
        <source>no FATE exchange found (%1)</source>
        <translation>keine FATE-Exchange gefunden (%1)</translation>
    </message>
    <message>
        <source>service port %1</source>
        <translation>Service-Port %1</translation>
    </message>
    <message>
        <source>service port 9370 (rollsite)</source>
        <translation>Service-Port 9370 (rollsite)</translation>
    </message>
    <message>
        <source>ingress tcp port %1 → %2</source>
        <translation>Ingress-TCP-Port %1 → %2</translation>
    </message>
    <message>
        <source>configmap %1 names director %2</source>
        <translation>ConfigMap %1 nennt Director %2</translation>
    </message>
    <message>
        <source>configmap %1</source>
        <translation>ConfigMap %1</translation>
    </message>
    <message>
        <source>configmap %1 (route table)</source>
        <translation>ConfigMap %1 (Routentabelle)</translation>
    </message>
    <message>
        <source>secret %1</source>
        <translation>Secret %1</translation>
    </message>
    <message>
        <source>the only OpenFL director in view</source>
        <translation>der einzige sichtbare OpenFL-Director</translation>
    </message>
    <message>
        <source>fl (no server)</source>
        <translation>fl (kein Server)</translation>
    </message>
    <message>
        <source>route %1 → %2:%3</source>
        <translation>Route %1 → %2:%3</translation>
    </message>
    <message>
        <source>route default → %1:%2</source>
        <translation>Standardroute → %1:%2</translation>
    </message>
    <message>
        <source>Helm release %1</source>
        <translation>Helm-Release %1</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>Namespace %1</translation>
    </message>
    <message>
        <source>runs in the namespace of FLARE deployment %1</source>
        <translation>läuft im Namespace der FLARE-Installation %1</translation>
    </message>
    <message>
        <source>installed by Helm release %1, as FLARE deployment %2</source>
        <translation>von Helm-Release %1 installiert, wie FLARE-Installation %2</translation>
    </message>
    <message>
        <source>the only FLARE server in view</source>
        <translation>der einzige sichtbare FLARE-Server</translation>
    </message>
    <message>
        <source>runs image %1 as FLARE deployment %2 does (FLARE clients and servers run one version)</source>
        <translation>nutzt das Image %1 wie FLARE-Installation %2 (FLARE-Clients und -Server laufen in einer Version)</translation>
    </message>
    <message>
        <source>cannot tell which of the %1 FLARE deployments in view (%2) this %3 connects to</source>
        <translation>nicht erkennbar, mit welcher der %1 sichtbaren FLARE-Installationen (%2) sich dieser %3 verbindet</translation>
    </message>
    <message>
        <source>label %1=%2 on both</source>
        <translation>Label %1=%2 auf beiden Seiten</translation>
    </message>
    <message>
        <source>%1 is configured with its address (%2)</source>
        <translation>%1 ist mit seiner Adresse konfiguriert (%2)</translation>
    </message>
    <message>
        <source>cluster %1 cannot be read (%2): its pods as last seen</source>
        <translation>Cluster %1 kann nicht gelesen werden (%2): seine Pods wie zuletzt gesehen</translation>
    </message>
    <message>
        <source>%1 %2 is unknown: %3</source>
        <translation>%1 %2 ist unbekannt: %3</translation>
    </message>
</context>
<context>
    <name>fc::FederationGraph</name>
    <message>
        <source>pods %1/%2 ready · GPUs %3</source>
        <translation>Pods %1/%2 bereit · GPUs %3</translation>
    </message>
    <message>
        <source>no endpoints</source>
        <translation>keine Endpunkte</translation>
    </message>
    <message numerus="yes">
        <source>+%n more endpoint(s)</source>
        <translation>
            <numerusform>+%n weiterer Endpunkt</numerusform>
            <numerusform>+%n weitere Endpunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>cert %1 until %2</source>
        <translation>Zertifikat %1 bis %2</translation>
    </message>
    <message>
        <source>cert %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <source>Release %1 in namespace %2</source>
        <translation>Release %1 im Namespace %2</translation>
    </message>
    <message>
        <source>, chart %1</source>
        <translation>, Chart %1</translation>
    </message>
    <message>
        <source>Click to open it in the Helm releases page</source>
        <translation>Klicken Sie, um es auf der Seite „Helm-Releases“ zu öffnen</translation>
    </message>
    <message>
        <source>Select a federation to see its parties</source>
        <translation>Wählen Sie eine Föderation aus, um ihre Parteien zu sehen</translation>
    </message>
    <message>
        <source>? %1</source>
        <translation>? %1</translation>
    </message>
    <message>
        <source>GPUs pending: %1 (not scheduled)</source>
        <translation>GPUs ausstehend: %1 (nicht eingeplant)</translation>
    </message>
</context>
<context>
    <name>fc::FederationModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>federation party role</comment>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>pods ready/total</comment>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Cert expiry</source>
        <translation>Zertifikatsablauf</translation>
    </message>
    <message>
        <source>Recognised by: %1</source>
        <translation>Erkannt anhand von: %1</translation>
    </message>
    <message>
        <source>%1 (+%2 pending)</source>
        <translation>%1 (+%2 ausstehend)</translation>
    </message>
    <message>
        <source>Known by its %1</source>
        <translation>Erkannt an: %1</translation>
    </message>
</context>
<context>
    <name>fc::FederationWizard</name>
    <message>
        <source>Federation wizard</source>
        <translation>Föderations-Assistent</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>Föderation</translation>
    </message>
    <message>
        <source>NVIDIA FLARE</source>
        <translation>NVIDIA FLARE</translation>
    </message>
    <message>
        <source>OpenFL</source>
        <translation>OpenFL</translation>
    </message>
    <message>
        <source>FATE</source>
        <translation>FATE</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Framework:</translation>
    </message>
    <message>
        <source>becomes the root CA&apos;s CN</source>
        <translation>wird zum CN der Root-CA</translation>
    </message>
    <message>
        <source>&amp;Project name:</source>
        <translation>&amp;Projektname:</translation>
    </message>
    <message>
        <source>e.g. fl.example.org</source>
        <translation>z. B. fl.example.org</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Create a &amp;new CA</source>
        <translation>&amp;Neue CA erstellen</translation>
    </message>
    <message>
        <source>Use an &amp;existing CA</source>
        <translation>&amp;Vorhandene CA verwenden</translation>
    </message>
    <message>
        <source>Store as:</source>
        <translation>Speichern als:</translation>
    </message>
    <message>
        <source>CA common name:</source>
        <translation>Allgemeiner Name (CN) der CA:</translation>
    </message>
    <message>
        <source>CA key:</source>
        <translation>CA-Schlüssel:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>CA validity:</source>
        <translation>CA-Gültigkeit:</translation>
    </message>
    <message>
        <source>CA:</source>
        <translation>CA:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Filled in from the keychain when remembered</source>
        <translation>Wird aus dem Schlüsselbund übernommen, wenn sie gespeichert wurde</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parteien</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Org</source>
        <translation>Org.</translation>
    </message>
    <message>
        <source>SANs (servers)</source>
        <translation>SANs (Server)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>Partei &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>E&amp;xample parties</source>
        <translation>&amp;Beispielparteien</translation>
    </message>
    <message>
        <source>Keys and output</source>
        <translation>Schlüssel und Ausgabe</translation>
    </message>
    <message>
        <source>Party &amp;keys:</source>
        <translation>&amp;Schlüssel der Parteien:</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <source>&amp;Output directory:</source>
        <translation>&amp;Ausgabeverzeichnis:</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%v von %m erledigt</translation>
    </message>
    <message>
        <source>Ready. Keys are generated on a worker thread; Cancel stops before the next key.</source>
        <translation>Bereit. Die Schlüssel werden in einem Hintergrund-Thread erzeugt; „Erzeugung abbrechen“ hält vor dem nächsten Schlüssel an.</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>Er&amp;zeugen</translation>
    </message>
    <message>
        <source>&amp;Cancel generation</source>
        <translation>Erzeugung abbre&amp;chen</translation>
    </message>
    <message>
        <source> root CA</source>
        <translation> Root-CA</translation>
    </message>
    <message>
        <source>party %1: %2</source>
        <translation>Partei %1: %2</translation>
    </message>
    <message>
        <source>Party ID</source>
        <translation>Partei-ID</translation>
    </message>
    <message>
        <source>Host names and IP addresses clients use to reach this server, separated by commas or spaces</source>
        <translation>Hostnamen und IP-Adressen, über die Clients diesen Server erreichen, getrennt durch Kommas oder Leerzeichen</translation>
    </message>
    <message>
        <source>Set by the framework preset</source>
        <translation>Durch die Framework-Vorgabe festgelegt</translation>
    </message>
    <message>
        <source>Generating %1 (%2 of %3 done)…</source>
        <translation>%1 wird erzeugt (%2 von %3 erledigt)…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>generating…</source>
        <translation>wird erzeugt…</translation>
    </message>
    <message>
        <source>Cancelling after the keys in progress…</source>
        <translation>Abbruch nach den gerade erzeugten Schlüsseln…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>fc::FederationWorker</name>
    <message>
        <source>party %1: %2</source>
        <translation>Partei %1: %2</translation>
    </message>
    <message>
        <source>enter the FLARE project name (it becomes the root CA&apos;s CN)</source>
        <translation>geben Sie den FLARE-Projektnamen ein (er wird zum CN der Root-CA)</translation>
    </message>
    <message>
        <source>enter the federation domain</source>
        <translation>geben Sie die Domain der Föderation ein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name</source>
        <translation>&quot;%1&quot; ist kein gültiger Domainname</translation>
    </message>
    <message>
        <source>enter the CA passphrase</source>
        <translation>geben Sie die CA-Passphrase ein</translation>
    </message>
    <message>
        <source>a CA named &quot;%1&quot; already exists: choose another name or use the existing CA</source>
        <translation>eine CA namens &quot;%1&quot; existiert bereits: wählen Sie einen anderen Namen oder verwenden Sie die vorhandene CA</translation>
    </message>
    <message>
        <source>no CA named &quot;%1&quot;</source>
        <translation>keine CA namens &quot;%1&quot;</translation>
    </message>
    <message>
        <source>add at least one party</source>
        <translation>fügen Sie mindestens eine Partei hinzu</translation>
    </message>
    <message>
        <source>choose an output directory</source>
        <translation>wählen Sie ein Ausgabeverzeichnis</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a folder name: use letters, digits, &apos;@&apos;, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; or &apos;-&apos;</source>
        <translation>&quot;%1&quot; kann kein Ordnername sein: verwenden Sie Buchstaben, Ziffern, &apos;@&apos;, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>&quot;%1&quot; kommt zweimal vor</translation>
    </message>
    <message>
        <source>role &quot;%1&quot; is not one of %2</source>
        <translation>die Rolle &quot;%1&quot; ist keine von %2</translation>
    </message>
    <message>
        <source>a FATE party is named by its numeric party id, not &quot;%1&quot;</source>
        <translation>eine FATE-Partei wird nach ihrer numerischen Party-ID benannt, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>role %1 gets its SANs from the framework&apos;s preset; leave SANs empty</source>
        <translation>die Rolle %1 erhält ihre SANs aus der Vorgabe des Frameworks; lassen Sie die SANs leer</translation>
    </message>
    <message>
        <source>%1 already exists; choose an empty output directory</source>
        <translation>%1 existiert bereits; wählen Sie ein leeres Ausgabeverzeichnis</translation>
    </message>
    <message>
        <source>a FLARE federation needs a server</source>
        <translation>eine FLARE-Föderation braucht einen Server</translation>
    </message>
    <message>
        <source>an OpenFL federation has exactly one director</source>
        <translation>eine OpenFL-Föderation hat genau einen Director</translation>
    </message>
    <message>
        <source>unknown framework</source>
        <translation>unbekanntes Framework</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>CA &quot;%1&quot;</source>
        <translation>CA „%1“</translation>
    </message>
    <message>
        <source>unlocking CA &quot;%1&quot;</source>
        <translation>CA „%1“ wird entsperrt</translation>
    </message>
    <message>
        <source>wrong passphrase for CA &quot;%1&quot;</source>
        <translation>falsche Passphrase für CA „%1“</translation>
    </message>
    <message>
        <source>writing files</source>
        <translation>Dateien werden geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>eine Datei in %1 geschrieben</numerusform>
            <numerusform>%n Dateien in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>(not all certificates could be recorded in the inventory: %1)</source>
        <translation>(nicht alle Zertifikate konnten im Bestand erfasst werden: %1)</translation>
    </message>
    <message>
        <source>cannot create the output directory</source>
        <translation>das Ausgabeverzeichnis kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot create a staging folder: %1</source>
        <translation>ein Zwischenordner kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>cannot move the files into place (does it already exist?)</source>
        <translation>die Dateien können nicht an ihren Zielort verschoben werden (existiert das Ziel bereits?)</translation>
    </message>
</context>
<context>
    <name>fc::FederationsPage</name>
    <message>
        <source>Install a party chart…</source>
        <translation>Partei-Chart installieren…</translation>
    </message>
    <message>
        <source>Install the chart of a new party with Helm, prefilled for the framework (release name, namespace and the values its chart needs)</source>
        <translation>Das Chart einer neuen Partei mit Helm installieren, vorausgefüllt für das Framework (Release-Name, Namespace und die Values, die das Chart benötigt)</translation>
    </message>
    <message>
        <source>NVIDIA FLARE site…</source>
        <translation>NVIDIA FLARE-Site…</translation>
    </message>
    <message>
        <source>OpenFL envoy…</source>
        <translation>OpenFL-Envoy…</translation>
    </message>
    <message>
        <source>FATE party…</source>
        <translation>FATE-Partei…</translation>
    </message>
    <message>
        <source>Open Helm release</source>
        <translation>Helm-Release öffnen</translation>
    </message>
    <message>
        <source>Pending for lack of GPUs:</source>
        <translation>Pending wegen fehlender GPUs:</translation>
    </message>
    <message>
        <source>%1/%2 (%3, %4 GPU) — %5</source>
        <translation>%1/%2 (%3, %4 GPU) — %5</translation>
    </message>
    <message>
        <source>no party</source>
        <translation>keine Partei</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Recognised from</source>
        <translation>Erkannt anhand von</translation>
    </message>
    <message>
        <source>Federations and their parties</source>
        <translation>Föderationen und ihre Parteien</translation>
    </message>
    <message>
        <source>Details of the selected federation or party</source>
        <translation>Details der ausgewählten Föderation oder Partei</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>GPUs pro Node</translation>
    </message>
    <message>
        <source>Pods waiting for GPUs</source>
        <translation>Pods, die auf GPUs warten</translation>
    </message>
    <message>
        <source>Your role does not let FedConsole see everything: parties, health and certificates below are judged from what it could read.</source>
        <translation>Ihre Rolle lässt FedConsole nicht alles sehen: Parteien, Zustand und Zertifikate unten sind nach dem beurteilt, was gelesen werden konnte.</translation>
    </message>
    <message>
        <source>Your role does not let FedConsole see every node or pod: the GPU totals below count only what it could read.</source>
        <translation>Ihre Rolle lässt FedConsole nicht jeden Knoten oder Pod sehen: die GPU-Summen unten zählen nur, was gelesen werden konnte.</translation>
    </message>
    <message>
        <source>Known by its %1</source>
        <translation>Erkannt an: %1</translation>
    </message>
    <message>
        <source>Across clusters</source>
        <translation>Über Cluster hinweg</translation>
    </message>
</context>
<context>
    <name>fc::GpuModel</name>
    <message>
        <source>NODE</source>
        <translation>NODE</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>PRODUKT</translation>
    </message>
    <message>
        <source>CAPACITY</source>
        <translation>KAPAZITÄT</translation>
    </message>
    <message>
        <source>ALLOCATABLE</source>
        <translation>ZUTEILBAR</translation>
    </message>
    <message>
        <source>REQUESTED</source>
        <translation>ANGEFORDERT</translation>
    </message>
    <message>
        <source>FREE</source>
        <translation>FREI</translation>
    </message>
    <message>
        <source>SHARING</source>
        <translation>TEILUNG</translation>
    </message>
    <message>
        <source>PODS</source>
        <translation>PODS</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
    <message>
        <source>Physical GPUs: %1</source>
        <translation>Physische GPUs: %1</translation>
    </message>
    <message>
        <source>Memory per GPU: %1 MiB</source>
        <translation>Speicher pro GPU: %1 MiB</translation>
    </message>
    <message>
        <source>Limits: %1</source>
        <translation>Limits: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
</context>
<context>
    <name>fc::GroupDialog</name>
    <message>
        <source>Group into a federation — %1 %2</source>
        <translation>Zu einer Föderation gruppieren — %1 %2</translation>
    </message>
    <message>
        <source>&amp;Apply labels</source>
        <translation>Labels &amp;anwenden</translation>
    </message>
    <message>
        <source>&amp;Federation:</source>
        <translation>&amp;Föderation:</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Partei:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Merge patch (sent with the object&apos;s resourceVersion):</source>
        <translation>Merge-Patch (wird mit der resourceVersion des Objekts gesendet):</translation>
    </message>
    <message>
        <source>Edit labels</source>
        <translation>Labels bearbeiten</translation>
    </message>
    <message>
        <source>A label value is at most 63 characters of letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>Ein Label-Wert besteht aus höchstens 63 Zeichen: Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos;.</translation>
    </message>
    <message>
        <source>Checking with a server-side dry run…</source>
        <translation>Prüfung mit serverseitigem Probelauf…</translation>
    </message>
    <message>
        <source>Someone changed the same labels of %1 meanwhile; nothing was overwritten. Close and try again on the fresh object.</source>
        <translation>Jemand hat inzwischen dieselben Labels von %1 geändert; es wurde nichts überschrieben. Schließen Sie den Dialog und versuchen Sie es mit dem aktuellen Objekt erneut.</translation>
    </message>
    <message>
        <source>%1 changed on the server meanwhile; your labels now apply to its current version. Press Apply again.</source>
        <translation>%1 wurde inzwischen auf dem Server geändert; Ihre Labels gelten jetzt für die aktuelle Version. Klicken Sie erneut auf „Labels anwenden“.</translation>
    </message>
</context>
<context>
    <name>fc::HelmRun</name>
    <message>
        <source>cannot run helm: %1</source>
        <translation>helm kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>helm %1 cancelled%2</source>
        <translation>helm %1 abgebrochen%2</translation>
    </message>
    <message>
        <source>helm %1 stopped after the time limit%2</source>
        <translation>helm %1 nach Ablauf des Zeitlimits gestoppt%2</translation>
    </message>
    <message>
        <source>helm %1 ended by a signal</source>
        <translation>helm %1 durch ein Signal beendet</translation>
    </message>
    <message>
        <source>helm %1 failed with exit code %2</source>
        <translation>helm %1 mit Exit-Code %2 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>fc::HttpsProxyRelay</name>
    <message>
        <source>cannot start the local relay for the https proxy: %1</source>
        <translation>Das lokale Relay für den HTTPS-Proxy kann nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>fc::ImportCaDialog</name>
    <message>
        <source>Import certificate authority</source>
        <translation>Zertifizierungsstelle importieren</translation>
    </message>
    <message>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</source>
        <translation>Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</translation>
    </message>
    <message>
        <source>PEM: the CA certificate, optionally followed by its issuers</source>
        <translation>PEM: das CA-Zertifikat, optional gefolgt von seinen Ausstellern</translation>
    </message>
    <message>
        <source>PEM private key, encrypted or not</source>
        <translation>Privater PEM-Schlüssel, verschlüsselt oder unverschlüsselt</translation>
    </message>
    <message>
        <source>only if the key file is encrypted</source>
        <translation>nur wenn die Schlüsseldatei verschlüsselt ist</translation>
    </message>
    <message>
        <source>Store &amp;as:</source>
        <translation>Speichern &amp;als:</translation>
    </message>
    <message>
        <source>C&amp;ertificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Key file pass&amp;phrase:</source>
        <translation>&amp;Passphrase der Schlüsseldatei:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>Checking and encrypting the key…</source>
        <translation>Schlüssel wird geprüft und verschlüsselt…</translation>
    </message>
    <message>
        <source>The key file is encrypted: enter its passphrase.</source>
        <translation>Die Schlüsseldatei ist verschlüsselt: Geben Sie ihre Passphrase ein.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the key file.</source>
        <translation>Falsche Passphrase für die Schlüsseldatei.</translation>
    </message>
</context>
<context>
    <name>fc::Informer</name>
    <message>
        <source>Your role does not allow this: %1.</source>
        <translation>Ihre Rolle erlaubt dies nicht: %1.</translation>
    </message>
    <message>
        <source>Cannot list %1 in every namespace: %2. Shown from the namespaces where your role allows it: %3.</source>
        <translation>%1 können nicht in allen Namespaces aufgelistet werden: %2. Angezeigt aus den Namespaces, in denen Ihre Rolle es erlaubt: %3.</translation>
    </message>
    <message>
        <source>Cannot list %1 in every namespace: %2. Asking the cluster in which namespaces you may…</source>
        <translation>%1 können nicht in allen Namespaces aufgelistet werden: %2. Der Cluster wird gefragt, in welchen Namespaces Sie es dürfen…</translation>
    </message>
    <message>
        <source>Cannot list %1: %2.</source>
        <translation>%1 können nicht aufgelistet werden: %2.</translation>
    </message>
    <message>
        <source>%1 only from %2 (cluster-wide list: %3)</source>
        <translation>%1 nur aus %2 (clusterweite Liste: %3)</translation>
    </message>
    <message>
        <source>%1 hidden: %2</source>
        <translation>%1 verborgen: %2</translation>
    </message>
    <message>
        <source>Cannot list %1: %2. Your role allows it in none of the namespaces known here (add yours in Preferences → Your namespaces).</source>
        <translation>%1 können nicht aufgelistet werden: %2. Ihre Rolle erlaubt es in keinem der hier bekannten Namespaces (tragen Sie Ihre unter Einstellungen → Ihre Namespaces ein).</translation>
    </message>
</context>
<context>
    <name>fc::IssueCertificateDialog</name>
    <message>
        <source>Generic</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>NVIDIA FLARE server</source>
        <translation>NVIDIA FLARE-Server</translation>
    </message>
    <message>
        <source>server host name, e.g. flare.example.org</source>
        <translation>Hostname des Servers, z. B. flare.example.org</translation>
    </message>
    <message>
        <source>NVIDIA FLARE client (site)</source>
        <translation>NVIDIA FLARE-Client (Site)</translation>
    </message>
    <message>
        <source>site name, e.g. site-1</source>
        <translation>Site-Name, z. B. site-1</translation>
    </message>
    <message>
        <source>NVIDIA FLARE admin</source>
        <translation>NVIDIA FLARE-Admin</translation>
    </message>
    <message>
        <source>admin e-mail</source>
        <translation>E-Mail-Adresse des Admins</translation>
    </message>
    <message>
        <source>OpenFL director</source>
        <translation>OpenFL director</translation>
    </message>
    <message>
        <source>director.&lt;domain&gt;</source>
        <translation>director.&lt;domain&gt;</translation>
    </message>
    <message>
        <source>OpenFL envoy</source>
        <translation>OpenFL envoy</translation>
    </message>
    <message>
        <source>envoy name</source>
        <translation>Name des envoy</translation>
    </message>
    <message>
        <source>OpenFL notebook</source>
        <translation>OpenFL-Notebook</translation>
    </message>
    <message>
        <source>notebook</source>
        <translation>notebook</translation>
    </message>
    <message>
        <source>FATE pulsar broker</source>
        <translation>FATE-Pulsar-Broker</translation>
    </message>
    <message>
        <source>&lt;party-id&gt;.&lt;domain&gt;</source>
        <translation>&lt;party-id&gt;.&lt;domain&gt;</translation>
    </message>
    <message>
        <source>FATE traffic-server</source>
        <translation>FATE traffic-server</translation>
    </message>
    <message>
        <source>proxy.&lt;domain&gt;</source>
        <translation>proxy.&lt;domain&gt;</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>Zertifikat ausstellen</translation>
    </message>
    <message>
        <source>DNS names, IP addresses, e-mail addresses, URIs (spiffe://…), separated by commas</source>
        <translation>DNS-Namen, IP-Adressen, E-Mail-Adressen, URIs (spiffe://…), durch Kommas getrennt</translation>
    </message>
    <message>
        <source>openssl&apos;s prefixes work too: DNS:, IP:, email:, URI:</source>
        <translation>Die Präfixe von openssl funktionieren auch: DNS:, IP:, email:, URI:</translation>
    </message>
    <message>
        <source>Server (TLS server auth)</source>
        <translation>Server (TLS-Serverauthentifizierung)</translation>
    </message>
    <message>
        <source>Client (TLS client auth)</source>
        <translation>Client (TLS-Clientauthentifizierung)</translation>
    </message>
    <message>
        <source>Server and client</source>
        <translation>Server und Client</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>optional: keep the key in memory only (Deploy to Secret…)</source>
        <translation>optional: Schlüssel nur im Speicher halten (In Secret bereitstellen…)</translation>
    </message>
    <message>
        <source>protects the .p12 file</source>
        <translation>schützt die .p12-Datei</translation>
    </message>
    <message>
        <source>C&amp;A:</source>
        <translation>&amp;CA:</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Common &amp;name (CN):</source>
        <translation>Common &amp;Name (CN):</translation>
    </message>
    <message>
        <source>&amp;Organization (O):</source>
        <translation>&amp;Organisation (O):</translation>
    </message>
    <message>
        <source>Organizational &amp;unit (OU):</source>
        <translation>Organisations&amp;einheit (OU):</translation>
    </message>
    <message>
        <source>Admin &amp;role:</source>
        <translation>Admin-&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;SANs:</source>
        <translation>&amp;SANs:</translation>
    </message>
    <message>
        <source>U&amp;sage:</source>
        <translation>Ver&amp;wendung:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>Sc&amp;hlüssel:</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <source>Save files &amp;to:</source>
        <translation>Dateien speichern &amp;in:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>PKCS#12 pass&amp;phrase:</source>
        <translation>PKCS#12-&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Deploy to Secret…</source>
        <translation>In Secret &amp;bereitstellen…</translation>
    </message>
    <message>
        <source>Create a Kubernetes TLS secret from this certificate and its in-memory key</source>
        <translation>Aus diesem Zertifikat und seinem Schlüssel im Speicher ein Kubernetes-TLS-Secret erstellen</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Ausstellen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>There is no CA yet: create or import one first (New CA…, Import CA…).</source>
        <translation>Es gibt noch keine CA: Erstellen oder importieren Sie zuerst eine (Neue CA…, CA importieren…).</translation>
    </message>
    <message>
        <source>Fix the SANs first</source>
        <translation>Korrigieren Sie zuerst die SANs</translation>
    </message>
    <message>
        <source>Choose a CA (create or import one first).</source>
        <translation>Wählen Sie eine CA (erstellen oder importieren Sie zuerst eine).</translation>
    </message>
    <message>
        <source>Enter the common name (CN).</source>
        <translation>Geben Sie den Common Name (CN) ein.</translation>
    </message>
    <message>
        <source>Fix the SANs first: %1</source>
        <translation>Korrigieren Sie zuerst die SANs: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a host name for this preset (it goes into the SANs too).</source>
        <translation>„%1“ muss für diese Vorlage ein Hostname sein (er wird auch in die SANs übernommen).</translation>
    </message>
    <message>
        <source>A server certificate needs at least one SAN (clients check the SANs, not the CN).</source>
        <translation>Ein Serverzertifikat braucht mindestens einen SAN (Clients prüfen die SANs, nicht den CN).</translation>
    </message>
    <message>
        <source>Enter a passphrase for the PKCS#12 file.</source>
        <translation>Geben Sie eine Passphrase für die PKCS#12-Datei ein.</translation>
    </message>
    <message>
        <source>Unlocking CA &quot;%1&quot;…</source>
        <translation>CA „%1“ wird entsperrt…</translation>
    </message>
    <message>
        <source>Generating the key and signing…</source>
        <translation>Schlüssel wird erzeugt und signiert…</translation>
    </message>
    <message>
        <source>Issued %1, serial %2, valid until %3.</source>
        <translation>%1 ausgestellt, Seriennummer %2, gültig bis %3.</translation>
    </message>
    <message>
        <source>The key is in memory only: deploy it now or it is gone when this dialog closes.</source>
        <translation>Der Schlüssel liegt nur im Speicher: Stellen Sie ihn jetzt bereit, sonst ist er verloren, wenn dieser Dialog geschlossen wird.</translation>
    </message>
    <message>
        <source>Files written to %1.</source>
        <translation>Dateien in %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>fc::Keychain</name>
    <message>
        <source>no keychain: passphrase will be asked each time</source>
        <translation>kein Schlüsselbund: Die Passphrase wird jedes Mal abgefragt</translation>
    </message>
    <message>
        <source>the keychain is turned off in Preferences: passphrase will be asked each time</source>
        <translation>der Schlüsselbund ist in den Einstellungen ausgeschaltet: Die Passphrase wird jedes Mal abgefragt</translation>
    </message>
</context>
<context>
    <name>fc::Kubeconfig</name>
    <message>
        <source>cannot read &apos;%1&apos;: no such file</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>erwartet wurde eine Zeichenkette</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>erwartet wurde true oder false</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>erwartet wurde eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>kein gültiges Base64</translation>
    </message>
    <message>
        <source>expected a map with at least a server</source>
        <translation>erwartet wurde eine Zuordnung mit mindestens einem server</translation>
    </message>
    <message>
        <source>no server URL given</source>
        <translation>keine Server-URL angegeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid https:// (or http://) URL</source>
        <translation>&apos;%1&apos; ist keine gültige https://- (oder http://-)URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid proxy URL (http://, https:// or socks5://)</source>
        <translation>&apos;%1&apos; ist keine gültige Proxy-URL (http://, https:// oder socks5://)</translation>
    </message>
    <message>
        <source>a certificate authority and insecure-skip-tls-verify cannot be used together</source>
        <translation>eine Zertifizierungsstelle und insecure-skip-tls-verify können nicht zusammen verwendet werden</translation>
    </message>
    <message>
        <source>expected a map</source>
        <translation>erwartet wurde eine Zuordnung</translation>
    </message>
    <message>
        <source>exec plugin has no command</source>
        <translation>das exec-Plugin hat keinen Befehl (command)</translation>
    </message>
    <message>
        <source>exec plugin has no apiVersion</source>
        <translation>das exec-Plugin hat keine apiVersion</translation>
    </message>
    <message>
        <source>exec apiVersion &apos;%1&apos; is not supported; use %2 or %3</source>
        <translation>exec-apiVersion &apos;%1&apos; wird nicht unterstützt; verwenden Sie %2 oder %3</translation>
    </message>
    <message>
        <source>interactiveMode is required for %1 (Never, IfAvailable or Always)</source>
        <translation>interactiveMode ist für %1 erforderlich (Never, IfAvailable oder Always)</translation>
    </message>
    <message>
        <source>interactiveMode &apos;%1&apos; is not one of Never, IfAvailable, Always</source>
        <translation>interactiveMode &apos;%1&apos; ist keiner von Never, IfAvailable, Always</translation>
    </message>
    <message>
        <source>expected a list of {name, value}</source>
        <translation>erwartet wurde eine Liste von {name, value}</translation>
    </message>
    <message>
        <source>each env entry needs a name and a value</source>
        <translation>jeder env-Eintrag braucht einen Namen und einen Wert</translation>
    </message>
    <message>
        <source>auth-provider &apos;gcp&apos; is no longer supported by kubectl; use an exec plugin such as gke-gcloud-auth-plugin</source>
        <translation>auth-provider &apos;gcp&apos; wird von kubectl nicht mehr unterstützt; verwenden Sie ein exec-Plugin wie gke-gcloud-auth-plugin</translation>
    </message>
    <message>
        <source>auth-provider &apos;azure&apos; is no longer supported by kubectl; use an exec plugin such as kubelogin (Azure/kubelogin)</source>
        <translation>auth-provider &apos;azure&apos; wird von kubectl nicht mehr unterstützt; verwenden Sie ein exec-Plugin wie kubelogin (Azure/kubelogin)</translation>
    </message>
    <message>
        <source>auth-provider &apos;oidc&apos; is no longer supported by kubectl; use an exec plugin such as kubelogin (kubectl oidc-login)</source>
        <translation>auth-provider &apos;oidc&apos; wird von kubectl nicht mehr unterstützt; verwenden Sie ein exec-Plugin wie kubelogin (kubectl oidc-login)</translation>
    </message>
    <message>
        <source>auth-provider &apos;%1&apos; is not supported; use an exec credential plugin</source>
        <translation>auth-provider &apos;%1&apos; wird nicht unterstützt; verwenden Sie ein exec-Credential-Plugin</translation>
    </message>
    <message>
        <source>the client key does not belong to the client certificate</source>
        <translation>der Client-Schlüssel gehört nicht zum Client-Zertifikat</translation>
    </message>
    <message>
        <source>client certificate given without client-key or client-key-data</source>
        <translation>Client-Zertifikat ohne client-key oder client-key-data angegeben</translation>
    </message>
    <message>
        <source>client key given without client-certificate or client-certificate-data</source>
        <translation>Client-Schlüssel ohne client-certificate oder client-certificate-data angegeben</translation>
    </message>
    <message>
        <source>exec and auth-provider cannot both be set</source>
        <translation>exec und auth-provider können nicht beide gesetzt sein</translation>
    </message>
    <message>
        <source>expected a map with cluster, user and namespace</source>
        <translation>erwartet wurde eine Zuordnung mit cluster, user und namespace</translation>
    </message>
    <message>
        <source>malformed YAML: </source>
        <translation>fehlerhaftes YAML: </translation>
    </message>
    <message>
        <source>unexpected structure: </source>
        <translation>unerwartete Struktur: </translation>
    </message>
    <message>
        <source>context refers to unknown cluster &apos;%1&apos;</source>
        <translation>der Kontext verweist auf den unbekannten Cluster &apos;%1&apos;</translation>
    </message>
    <message>
        <source>context refers to unknown user &apos;%1&apos;</source>
        <translation>der Kontext verweist auf den unbekannten Benutzer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>current-context &apos;%1&apos; does not name a context</source>
        <translation>current-context &apos;%1&apos; benennt keinen Kontext</translation>
    </message>
    <message>
        <source>a kubeconfig must be a YAML map</source>
        <translation>eine kubeconfig muss eine YAML-Zuordnung sein</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>erwartet wurde eine Liste</translation>
    </message>
    <message>
        <source>expected a map with name and %1</source>
        <translation>erwartet wurde eine Zuordnung mit name und %1</translation>
    </message>
    <message>
        <source>entry has no name; skipped</source>
        <translation>Eintrag ohne Namen; übersprungen</translation>
    </message>
    <message>
        <source>no context given and no current-context set</source>
        <translation>kein Kontext angegeben und kein current-context gesetzt</translation>
    </message>
    <message>
        <source>no context named &apos;%1&apos;</source>
        <translation>kein Kontext namens &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>fc::LogBuffer</name>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot open for writing: %1</source>
        <translation>kann nicht zum Schreiben geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>fc::LogStream</name>
    <message>
        <source>reconnect requested</source>
        <translation>Neuverbindung angefordert</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>the log stream ended</source>
        <translation>der Log-Stream wurde beendet</translation>
    </message>
    <message>
        <source>pod %1/%2 is gone</source>
        <translation>Pod %1/%2 ist nicht mehr vorhanden</translation>
    </message>
</context>
<context>
    <name>fc::LogViewer</name>
    <message>
        <source>Container to show (init containers included)</source>
        <translation>Anzuzeigender Container (einschließlich Init-Container)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorherige</translation>
    </message>
    <message>
        <source>Logs of the previous (terminated) instance of the container</source>
        <translation>Logs der vorherigen (beendeten) Instanz des Containers</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Enter)</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>Regex</translation>
    </message>
    <message>
        <source>Only matching</source>
        <translation>Nur Treffer</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Umbrechen</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Show ANSI colour codes as colours (off: plain text)</source>
        <translation>ANSI-Farbcodes als Farben anzeigen (aus: reiner Text)</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep the newest line in view; scrolling up stops, scrolling to the bottom resumes</source>
        <translation>Die neueste Zeile im Blick behalten; Hochscrollen hält an, Scrollen ans Ende setzt fort</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save every received line (not only the matching ones)</source>
        <translation>Alle empfangenen Zeilen speichern (nicht nur die Treffer)</translation>
    </message>
    <message>
        <source>Logs: %1</source>
        <translation>Logs: %1</translation>
    </message>
    <message>
        <source>All containers</source>
        <translation>Alle Container</translation>
    </message>
    <message>
        <source>%1 (init)</source>
        <translation>%1 (Init)</translation>
    </message>
    <message>
        <source>%1 (ephemeral)</source>
        <translation>%1 (ephemer)</translation>
    </message>
    <message>
        <source>Resume (%1 waiting)</source>
        <translation>Fortsetzen (%1 wartend)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>, %1 oldest dropped (cap %2)</source>
        <translation>, %1 älteste verworfen (Obergrenze %2)</translation>
    </message>
    <message>
        <source>, %1 shown</source>
        <translation>, %1 angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>, %n stream(s)</source>
        <translation>
            <numerusform>, %n Stream</numerusform>
            <numerusform>, %n Streams</numerusform>
        </translation>
    </message>
    <message>
        <source>Save logs</source>
        <translation>Logs speichern</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Protokollzeilen</translation>
    </message>
</context>
<context>
    <name>fc::MainWindow</name>
    <message>
        <source>All namespaces</source>
        <translation>Alle Namespaces</translation>
    </message>
    <message>
        <source>FedConsole</source>
        <translation>FedConsole</translation>
    </message>
    <message>
        <source>No kubeconfig contexts found. %1</source>
        <translation>Keine kubeconfig-Kontexte gefunden. %1</translation>
    </message>
    <message>
        <source>Read: %1 — no contexts in it.</source>
        <translation>Gelesen: %1 — keine Kontexte darin.</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Kontext:</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Namespace:</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Label selector, e.g. app=flare,tier!=db (Ctrl+L)</source>
        <translation>Label-Selektor, z. B. app=flare,tier!=db (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation>&amp;Ressourcen</translation>
    </message>
    <message>
        <source>&amp;Federations</source>
        <translation>&amp;Föderationen</translation>
    </message>
    <message>
        <source>&amp;GPUs</source>
        <translation>&amp;GPUs</translation>
    </message>
    <message>
        <source>&amp;Helm releases</source>
        <translation>&amp;Helm-Releases</translation>
    </message>
    <message>
        <source>Cer&amp;tificates</source>
        <translation>&amp;Zertifikate</translation>
    </message>
    <message>
        <source> INSECURE: TLS verification disabled </source>
        <translation> UNSICHER: TLS-Prüfung deaktiviert </translation>
    </message>
    <message>
        <source>This context sets insecure-skip-tls-verify: the server&apos;s identity is not checked.</source>
        <translation>Dieser Kontext setzt insecure-skip-tls-verify: Die Identität des Servers wird nicht geprüft.</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 von %2 %3</translation>
    </message>
    <message>
        <source>Show &amp;logs</source>
        <translation>&amp;Logs anzeigen</translation>
    </message>
    <message>
        <source>Stream the logs of the selected pod or workload (Ctrl+Shift+L)</source>
        <translation>Logs des ausgewählten Pods oder Workloads streamen (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>&amp;Group into federation…</source>
        <translation>&amp;In Föderation gruppieren…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected object: YAML, forms, diff against the server, dry run (Ctrl+E)</source>
        <translation>Ausgewähltes Objekt bearbeiten: YAML, Formulare, Diff gegen den Server, Probelauf (Strg+E)</translation>
    </message>
    <message>
        <source>E&amp;xpose through ingress…</source>
        <translation>Üb&amp;er Ingress freigeben…</translation>
    </message>
    <message>
        <source>Forward a Service&apos;s TCP ports through the ingress controller: TCP map rows and host ports, dry run and both diffs first</source>
        <translation>Die TCP-Ports eines Service über den Ingress-Controller weiterleiten: Zeilen der TCP-Map und Host-Ports, vorher Probelauf und beide Diffs</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Add cluster…</source>
        <translation>Cluster &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Open kubeconfig file…</source>
        <translation>Kubeconfig-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About FedConsole</source>
        <translation>Ü&amp;ber FedConsole</translation>
    </message>
    <message>
        <source>Open a kubeconfig file</source>
        <translation>Kubeconfig-Datei öffnen</translation>
    </message>
    <message>
        <source>No cluster in this file</source>
        <translation>Kein Cluster in dieser Datei</translation>
    </message>
    <message>
        <source>%1 gives no usable context.
%2</source>
        <translation>%1 enthält keinen verwendbaren Kontext.
%2</translation>
    </message>
    <message>
        <source>Context %1: %2</source>
        <translation>Kontext %1: %2</translation>
    </message>
    <message>
        <source>Cannot open context</source>
        <translation>Kontext kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot list %1: %2 — retrying.</source>
        <translation>%1 können nicht aufgelistet werden: %2 — neuer Versuch läuft.</translation>
    </message>
    <message>
        <source>Select a pod or workload (or type a label selector) to stream its logs</source>
        <translation>Wählen Sie einen Pod oder Workload aus (oder geben Sie einen Label-Selektor ein), um dessen Logs zu streamen</translation>
    </message>
    <message>
        <source>In cluster %1</source>
        <translation>Im Cluster %1</translation>
    </message>
    <message>
        <source>Deploy to Secret</source>
        <translation>In Secret bereitstellen</translation>
    </message>
    <message>
        <source>Open a cluster context first: the secret is written to the current context.</source>
        <translation>Öffnen Sie zuerst einen Cluster-Kontext: Das Secret wird in den aktuellen Kontext geschrieben.</translation>
    </message>
    <message>
        <source>Secret %1/%2 written</source>
        <translation>Secret %1/%2 geschrieben</translation>
    </message>
    <message>
        <source>Select an object to group into a federation</source>
        <translation>Wählen Sie ein Objekt aus, das in eine Föderation gruppiert werden soll</translation>
    </message>
    <message>
        <source>Labels set on %1</source>
        <translation>Labels für %1 gesetzt</translation>
    </message>
    <message>
        <source>Select an object to edit</source>
        <translation>Wählen Sie ein Objekt zum Bearbeiten aus</translation>
    </message>
    <message>
        <source>%1 is not a kind this cluster serves</source>
        <translation>%1 ist keine Ressourcenart, die dieser Cluster bereitstellt</translation>
    </message>
    <message numerus="yes">
        <source>%n unapplied edit(s)</source>
        <translation>
            <numerusform>%n nicht angewendete Änderung</numerusform>
            <numerusform>%n nicht angewendete Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edits that were never applied, kept as drafts (also after a crash): open or discard them</source>
        <translation>Änderungen, die nie angewendet wurden, als Entwürfe aufbewahrt (auch nach einem Absturz): öffnen oder verwerfen Sie sie</translation>
    </message>
    <message>
        <source>Unapplied edits</source>
        <translation>Nicht angewendete Änderungen</translation>
    </message>
    <message>
        <source>%1 %2 in %3 — %4</source>
        <translation>%1 %2 in %3 — %4</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Discard the edit?</source>
        <translation>Änderung verwerfen?</translation>
    </message>
    <message>
        <source>The unapplied edit of %1 is deleted; the object stays as the server has it.</source>
        <translation>Die nicht angewendete Änderung an %1 wird gelöscht; das Objekt bleibt so, wie es auf dem Server ist.</translation>
    </message>
    <message>
        <source>Install a %1 party chart — %2</source>
        <translation>%1-Partei-Chart installieren — %2</translation>
    </message>
    <message>
        <source>Other kinds</source>
        <translation>Weitere Ressourcenarten</translation>
    </message>
    <message>
        <source>This cluster does not serve %1.</source>
        <translation>Dieser Cluster stellt %1 nicht bereit.</translation>
    </message>
    <message>
        <source>Asking the cluster which kinds it serves…</source>
        <translation>Der Cluster wird gefragt, welche Ressourcenarten er bereitstellt…</translation>
    </message>
    <message>
        <source>Cer&amp;tificates (%1)</source>
        <translation>&amp;Zertifikate (%1)</translation>
    </message>
    <message>
        <source>%1 (no desktop notification: %2)</source>
        <translation>%1 (keine Desktop-Benachrichtigung: %2)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Label selector</source>
        <translation>Label-Selektor</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Ressourcenarten</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source> (not listable)</source>
        <translation> (nicht auflistbar)</translation>
    </message>
    <message numerus="yes">
        <source> (from %n namespace(s))</source>
        <translation>
            <numerusform> (aus %n Namespace)</numerusform>
            <numerusform> (aus %n Namespaces)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — next attempt in %n s</source>
        <translation>
            <numerusform> — nächster Versuch in %n s</numerusform>
            <numerusform> — nächster Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lusters</source>
        <translation>C&amp;luster</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Closed %1.</source>
        <translation>%1 geschlossen.</translation>
    </message>
    <message>
        <source>%1 stays open: it is the only open context (open another one first).</source>
        <translation>%1 bleibt geöffnet: es ist der einzige geöffnete Kontext (zuerst einen anderen öffnen).</translation>
    </message>
    <message>
        <source>&amp;All open clusters</source>
        <translation>&amp;Alle offenen Cluster</translation>
    </message>
    <message>
        <source>Show the kind from every open cluster in one table, with a Cluster column (open more in the Clusters tab)</source>
        <translation>Die Art aus jedem offenen Cluster in einer Tabelle zeigen, mit einer Cluster-Spalte (weitere im Reiter Cluster öffnen)</translation>
    </message>
</context>
<context>
    <name>fc::MultiLogSession</name>
    <message>
        <source>pod deleted</source>
        <translation>Pod gelöscht</translation>
    </message>
    <message>
        <source>— reconnected —</source>
        <translation>— neu verbunden —</translation>
    </message>
    <message>
        <source>— attached %1 —</source>
        <translation>— %1 angehängt —</translation>
    </message>
    <message>
        <source>— detached %1: %2 —</source>
        <translation>— %1 getrennt: %2 —</translation>
    </message>
    <message>
        <source>— detached %1: pod gone —</source>
        <translation>— %1 getrennt: Pod nicht mehr vorhanden —</translation>
    </message>
    <message>
        <source>— %1 —</source>
        <translation>— %1 —</translation>
    </message>
</context>
<context>
    <name>fc::NewCaDialog</name>
    <message>
        <source>New certificate authority</source>
        <translation>Neue Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Root CA (self-signed)</source>
        <translation>Root-CA (selbstsigniert)</translation>
    </message>
    <message>
        <source>Intermediate CA (signed by a stored CA)</source>
        <translation>Zwischen-CA (von einer gespeicherten CA signiert)</translation>
    </message>
    <message>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</source>
        <translation>Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>two letters, e.g. DE</source>
        <translation>zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>&amp;Signiert von:</translation>
    </message>
    <message>
        <source>Store &amp;as:</source>
        <translation>Speichern &amp;als:</translation>
    </message>
    <message>
        <source>Common &amp;name (CN):</source>
        <translation>Allgemeiner &amp;Name (CN):</translation>
    </message>
    <message>
        <source>&amp;Organization (O):</source>
        <translation>&amp;Organisation (O):</translation>
    </message>
    <message>
        <source>Organizational &amp;unit (OU):</source>
        <translation>Organisat&amp;ionseinheit (OU):</translation>
    </message>
    <message>
        <source>&amp;Country (C):</source>
        <translation>&amp;Land (C):</translation>
    </message>
    <message>
        <source>&amp;State (ST):</source>
        <translation>&amp;Bundesland (ST):</translation>
    </message>
    <message>
        <source>&amp;Locality (L):</source>
        <translation>O&amp;rt (L):</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>Sc&amp;hlüssel:</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <source>&amp;Path length:</source>
        <translation>&amp;Pfadlänge:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>A CA named &quot;%1&quot; already exists.</source>
        <translation>Eine CA namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Enter the common name (CN).</source>
        <translation>Geben Sie den allgemeinen Namen (CN) ein.</translation>
    </message>
    <message>
        <source>The country is two letters (ISO 3166), e.g. DE.</source>
        <translation>Das Land besteht aus zwei Buchstaben (ISO 3166), z. B. DE.</translation>
    </message>
    <message>
        <source>Generating the CA key…</source>
        <translation>CA-Schlüssel wird erzeugt…</translation>
    </message>
    <message>
        <source>There is no stored CA to sign an intermediate: create or import a root first.</source>
        <translation>Es gibt keine gespeicherte CA, die eine Zwischen-CA signieren könnte: Erstellen oder importieren Sie zuerst eine Root-CA.</translation>
    </message>
    <message>
        <source>Unlocking CA &quot;%1&quot;…</source>
        <translation>CA „%1“ wird entsperrt…</translation>
    </message>
    <message>
        <source>Generating the intermediate CA key…</source>
        <translation>Schlüssel der Zwischen-CA wird erzeugt…</translation>
    </message>
</context>
<context>
    <name>fc::NewPassphraseFields</name>
    <message>
        <source>encrypts the CA key on disk</source>
        <translation>verschlüsselt den CA-Schlüssel auf der Festplatte</translation>
    </message>
    <message>
        <source>CA &amp;passphrase:</source>
        <translation>CA-&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>Passphrase &amp;bestätigen:</translation>
    </message>
    <message>
        <source>CA keys are always stored encrypted: enter a passphrase.</source>
        <translation>CA-Schlüssel werden immer verschlüsselt gespeichert: Geben Sie eine Passphrase ein.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>fc::ObjectEditor</name>
    <message>
        <source>Edit %1 %2</source>
        <translation>%1 %2 bearbeiten</translation>
    </message>
    <message>
        <source>This object changed on the server since you opened it. Your edit is untouched.</source>
        <translation>Dieses Objekt wurde auf dem Server geändert, seit Sie es geöffnet haben. Ihre Bearbeitung bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;Review and merge…</source>
        <translation>&amp;Prüfen und zusammenführen…</translation>
    </message>
    <message>
        <source>YAML of the object</source>
        <translation>YAML des Objekts</translation>
    </message>
    <message>
        <source>status and metadata.managedFields are not shown: the server writes them, an edit never does.</source>
        <translation>status und metadata.managedFields werden nicht angezeigt: Der Server schreibt sie, eine Bearbeitung nie.</translation>
    </message>
    <message>
        <source>&amp;YAML</source>
        <translation>&amp;YAML</translation>
    </message>
    <message>
        <source>Your edit against the server&apos;s object</source>
        <translation>Ihre Bearbeitung im Vergleich zum Objekt auf dem Server</translation>
    </message>
    <message>
        <source>&amp;Diff against the server</source>
        <translation>&amp;Diff zum Server</translation>
    </message>
    <message>
        <source>cannot list its pods: %1</source>
        <translation>seine Pods können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Rückgängig: %1 (Strg+Z)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the object as the server has it (undoable)</source>
        <translation>Zurück zum Objekt, wie es auf dem Server ist (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Check with the server</source>
        <translation>Beim &amp;Server prüfen</translation>
    </message>
    <message>
        <source>Server-side dry run: validation and admission, nothing is stored</source>
        <translation>Serverseitiger Probelauf: Validierung und Admission, nichts wird gespeichert</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Dry run, then write your changes with the version you read as precondition (Ctrl+Return)</source>
        <translation>Probelauf, dann Ihre Änderungen schreiben, mit der gelesenen Version als Vorbedingung (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Edit YAML</source>
        <translation>YAML bearbeiten</translation>
    </message>
    <message>
        <source>No differences: your edit is what the server has.</source>
        <translation>Keine Unterschiede: Ihre Bearbeitung entspricht dem Stand auf dem Server.</translation>
    </message>
    <message>
        <source>Could not save a draft of your edit: %1</source>
        <translation>Der Entwurf Ihrer Bearbeitung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Reading %1 %2…</source>
        <translation>%1 %2 wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read %1 %2: %3</source>
        <translation>%1 %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Your draft is restored; it is not applied yet.</source>
        <translation>Ihr Entwurf wurde wiederhergestellt; er ist noch nicht angewendet.</translation>
    </message>
    <message>
        <source>Edit the YAML (or a form); nothing is written until you press Apply.</source>
        <translation>Bearbeiten Sie das YAML (oder ein Formular); nichts wird geschrieben, bevor Sie „Anwenden“ drücken.</translation>
    </message>
    <message>
        <source>Unapplied edit</source>
        <translation>Nicht angewendete Bearbeitung</translation>
    </message>
    <message>
        <source>You have an edit of this object from %1 that was never applied. Restore it?%2</source>
        <translation>Sie haben eine Bearbeitung dieses Objekts vom %1, die nie angewendet wurde. Wiederherstellen?%2</translation>
    </message>
    <message>
        <source>

Secret values are never stored in drafts: they are as the server has them.</source>
        <translation>

Secret-Werte werden nie in Entwürfen gespeichert: Sie sehen sie so, wie der Server sie hat.</translation>
    </message>
    <message>
        <source>Restore the draft</source>
        <translation>Entwurf wiederherstellen</translation>
    </message>
    <message>
        <source>%1 %2 was deleted on the server. Your edit stays here (and as a draft).</source>
        <translation>%1 %2 wurde auf dem Server gelöscht. Ihre Bearbeitung bleibt hier erhalten (und als Entwurf).</translation>
    </message>
    <message>
        <source>status and metadata.managedFields are not shown: the server writes them, an edit never does. Highlighting is off for objects over %1.</source>
        <translation>status und metadata.managedFields werden nicht angezeigt: Der Server schreibt sie, eine Bearbeitung nie. Für Objekte über %1 ist die Hervorhebung ausgeschaltet.</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <source>Not sent: the server would refuse %1</source>
        <translation>Nicht gesendet, der Server würde dies ablehnen: %1</translation>
    </message>
    <message>
        <source>Rollout: %1</source>
        <translation>Rollout: %1</translation>
    </message>
    <message>
        <source>Asking the server (dry run)…</source>
        <translation>Server wird gefragt (Probelauf)…</translation>
    </message>
    <message>
        <source>The server accepts this edit (dry run: nothing was stored).</source>
        <translation>Der Server akzeptiert diese Bearbeitung (Probelauf: nichts wurde gespeichert).</translation>
    </message>
    <message>
        <source>The YAML has an error: fix it first.</source>
        <translation>Das YAML enthält einen Fehler: Beheben Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Checking with the server (dry run)…</source>
        <translation>Prüfung beim Server (Probelauf)…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <source>Applied: the server now has your edit (resourceVersion %1).</source>
        <translation>Angewendet: Der Server hat jetzt Ihre Bearbeitung (resourceVersion %1).</translation>
    </message>
    <message>
        <source>The server refused the edit: %1</source>
        <translation>Der Server hat die Bearbeitung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Line %1 of the YAML (Enter to go there)</source>
        <translation>Zeile %1 des YAML (Eingabetaste springt dorthin)</translation>
    </message>
    <message>
        <source>Your edit now applies to the server&apos;s current version; nothing was written. Press Apply to write it.</source>
        <translation>Ihre Bearbeitung bezieht sich jetzt auf die aktuelle Version auf dem Server; nichts wurde geschrieben. Klicken Sie auf „Anwenden“, um sie zu schreiben.</translation>
    </message>
    <message>
        <source>The object changed on the server meanwhile: nothing was written. Choose what to keep.</source>
        <translation>Das Objekt wurde inzwischen auf dem Server geändert: Nichts wurde geschrieben. Wählen Sie, was erhalten bleiben soll.</translation>
    </message>
</context>
<context>
    <name>fc::PartyRelease</name>
    <message>
        <source>Helm: %1 · not in Helm&apos;s storage</source>
        <translation>Helm: %1 · nicht im Helm-Speicher</translation>
    </message>
    <message>
        <source>Helm: %1 rev %2 · %3</source>
        <translation>Helm: %1 Rev. %2 · %3</translation>
    </message>
    <message>
        <source> (stuck)</source>
        <translation> (hängt)</translation>
    </message>
    <message>
        <source> (unreadable)</source>
        <translation> (unlesbar)</translation>
    </message>
</context>
<context>
    <name>fc::PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>fc::Preferences</name>
    <message>
        <source>it cannot be read</source>
        <translation>sie kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>it is not a valid settings file</source>
        <translation>sie ist keine gültige Einstellungsdatei</translation>
    </message>
    <message>
        <source>The settings file %1 could not be used (%2). It was moved to %3 and FedConsole starts with default settings.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht verwendet werden (%2). Sie wurde nach %3 verschoben, und FedConsole startet mit den Standardeinstellungen.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be used (%2) and could not be moved aside. FedConsole starts with default settings and will not save them there.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht verwendet werden (%2) und konnte nicht beiseitegeschoben werden. FedConsole startet mit den Standardeinstellungen und speichert sie nicht dort.</translation>
    </message>
    <message>
        <source>These settings had unusable values and were reset to their defaults: %1.</source>
        <translation>Diese Einstellungen hatten unbrauchbare Werte und wurden auf ihre Standardwerte zurückgesetzt: %1.</translation>
    </message>
</context>
<context>
    <name>fc::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Kubeconfig files</source>
        <translation>Kubeconfig-Dateien</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Add kubeconfig files</source>
        <translation>Kubeconfig-Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Empty: $KUBECONFIG, else ~/.kube/config. Used from the next start.</source>
        <translation>Leer: $KUBECONFIG, sonst ~/.kube/config. Gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Kubeconfig files:</source>
        <translation>&amp;Kubeconfig-Dateien:</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source>Log lines kept per log tab; the oldest go first. Applies to log tabs opened afterwards.</source>
        <translation>Pro Log-Tab behaltene Logzeilen; die ältesten werden zuerst verworfen. Gilt für danach geöffnete Log-Tabs.</translation>
    </message>
    <message>
        <source>&amp;Log buffer per tab:</source>
        <translation>&amp;Log-Puffer pro Tab:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Used from the next start</source>
        <translation>Gilt ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Offer to remember CA passphrases in the desktop &amp;keychain</source>
        <translation>Speichern von CA-Passphrasen im &amp;Schlüsselbund des Desktops anbieten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Certificates that expire within this many days are shown as expiring.</source>
        <translation>Zertifikate, die innerhalb dieser Anzahl von Tagen ablaufen, werden als ablaufend angezeigt.</translation>
    </message>
    <message>
        <source>Warn before certificates e&amp;xpire:</source>
        <translation>Vor Ablauf von Zertifikaten &amp;warnen:</translation>
    </message>
    <message>
        <source>%1 on PATH</source>
        <translation>%1 im PATH</translation>
    </message>
    <message>
        <source>%1 program</source>
        <translation>%1-Programm</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the %1 program</source>
        <translation>%1-Programm auswählen</translation>
    </message>
    <message>
        <source>&amp;helm:</source>
        <translation>&amp;helm:</translation>
    </message>
    <message>
        <source>k&amp;ubectl:</source>
        <translation>k&amp;ubectl:</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>e.g. team-a, fate-10000</source>
        <translation>z. B. team-a, fate-10000</translation>
    </message>
    <message>
        <source>Where to look when your role may not list namespaces, or a kind in every namespace (the kubeconfig&apos;s namespace is always tried). Separate names with commas or spaces.</source>
        <translation>Wo gesucht wird, wenn Ihre Rolle Namespaces oder eine Art nicht in allen Namespaces auflisten darf (der Namespace der Kubeconfig wird immer versucht). Namen mit Kommas oder Leerzeichen trennen.</translation>
    </message>
    <message>
        <source>&amp;Your namespaces:</source>
        <translation>&amp;Ihre Namespaces:</translation>
    </message>
</context>
<context>
    <name>fc::ProcessRunner</name>
    <message>
        <source>cannot create a temporary file in %1: %2</source>
        <translation>in %1 kann keine temporäre Datei erstellt werden: %2</translation>
    </message>
    <message>
        <source>cannot write the temporary file %1: %2</source>
        <translation>die temporäre Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>fc::Recognizers</name>
    <message>
        <source>container command contains server_train</source>
        <translation>Container-Befehl enthält server_train</translation>
    </message>
    <message>
        <source>container command contains client_train</source>
        <translation>Container-Befehl enthält client_train</translation>
    </message>
    <message>
        <source>container command starts the overseer</source>
        <translation>Container-Befehl startet den Overseer</translation>
    </message>
    <message>
        <source>container command runs the FLARE admin console</source>
        <translation>Container-Befehl startet die FLARE-Admin-Konsole</translation>
    </message>
    <message>
        <source>workspace path /workspace/%1</source>
        <translation>Workspace-Pfad /workspace/%1</translation>
    </message>
    <message>
        <source>container argument uid=%1</source>
        <translation>Container-Argument uid=%1</translation>
    </message>
    <message>
        <source>container port %1</source>
        <translation>Container-Port %1</translation>
    </message>
    <message>
        <source>container command runs startup/start.sh</source>
        <translation>Container-Befehl startet startup/start.sh</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <source>pod label openfl=%1</source>
        <translation>Pod-Label openfl=%1</translation>
    </message>
    <message>
        <source>container command contains fx director start</source>
        <translation>Container-Befehl enthält fx director start</translation>
    </message>
    <message>
        <source>container command contains fx envoy start</source>
        <translation>Container-Befehl enthält fx envoy start</translation>
    </message>
    <message>
        <source>label owner=kubefate, cluster=%1 (FedLCM/KubeFATE chart)</source>
        <translation>Label owner=kubefate, cluster=%1 (FedLCM/KubeFATE-Chart)</translation>
    </message>
    <message>
        <source>envoy command names director %1</source>
        <translation>Envoy-Befehl nennt Director %1</translation>
    </message>
    <message>
        <source>label %1=%2</source>
        <translation>Label %1=%2</translation>
    </message>
    <message>
        <source>label partyId=%1</source>
        <translation>Label partyId=%1</translation>
    </message>
    <message>
        <source>label owner=kubefate, cluster=%1</source>
        <translation>Label owner=kubefate, cluster=%1</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>Namespace %1</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>Komponente %1</translation>
    </message>
    <message>
        <source>pod label system=%1</source>
        <translation>Pod-Label system=%1</translation>
    </message>
    <message>
        <source>namespace label %1=%2</source>
        <translation>Namespace-Label %1=%2</translation>
    </message>
</context>
<context>
    <name>fc::ReleaseDialog</name>
    <message>
        <source>Install a Helm chart</source>
        <translation>Helm-Chart installieren</translation>
    </message>
    <message>
        <source>Upgrade a Helm release</source>
        <translation>Helm-Release aktualisieren</translation>
    </message>
    <message>
        <source>chart directory, chart.tgz, repo/chart or oci://registry/chart</source>
        <translation>Chart-Verzeichnis, chart.tgz, repo/chart oder oci://registry/chart</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>neueste</translation>
    </message>
    <message>
        <source>Create the namespace if missing</source>
        <translation>Namespace anlegen, falls nicht vorhanden</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Chart:</translation>
    </message>
    <message>
        <source>Chart &amp;version:</source>
        <translation>Chart-&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Release name:</source>
        <translation>&amp;Release-Name:</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Namespace:</translation>
    </message>
    <message>
        <source>Reuse the current values, the ones below merged over them (--reuse-values)</source>
        <translation>Aktuelle Values wiederverwenden, die unten angegebenen darüber zusammenführen (--reuse-values)</translation>
    </message>
    <message>
        <source>Reset to the chart&apos;s defaults plus the values below (--reset-values)</source>
        <translation>Auf die Standardwerte des Charts zurücksetzen, plus die Values unten (--reset-values)</translation>
    </message>
    <message>
        <source>New chart defaults, then the current values, then the ones below (--reset-then-reuse-values)</source>
        <translation>Neue Chart-Standardwerte, dann die aktuellen Values, dann die unten angegebenen (--reset-then-reuse-values)</translation>
    </message>
    <message>
        <source>Current &amp;values:</source>
        <translation>Aktuelle &amp;Values:</translation>
    </message>
    <message>
        <source>&amp;Wait until the objects are ready</source>
        <translation>&amp;Warten, bis die Objekte bereit sind</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source># values YAML, handed to helm on stdin (-f -)</source>
        <translation># Values-YAML, wird helm über stdin übergeben (-f -)</translation>
    </message>
    <message>
        <source>--set key=value (visible to local users: no secrets here)</source>
        <translation>--set key=value (für lokale Benutzer sichtbar: keine Geheimnisse hier)</translation>
    </message>
    <message>
        <source>Add --set row</source>
        <translation>--set-Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>User values diff</source>
        <translation>Diff der Benutzer-Values</translation>
    </message>
    <message>
        <source>Chart defaults diff</source>
        <translation>Diff der Chart-Standardwerte</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>helm %1 --dry-run: the objects helm would apply, nothing changes</source>
        <translation>helm %1 --dry-run: die Objekte, die helm anwenden würde; es wird nichts geändert</translation>
    </message>
    <message>
        <source>Dry-run preview</source>
        <translation>Probelauf-Vorschau</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Installieren</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>No chart folder or packaged chart at %1.</source>
        <translation>Kein Chart-Ordner und kein gepacktes Chart unter %1.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot read the chart: %1</source>
        <translation>Das Chart kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>its values.yaml does not parse (%1)</source>
        <translation>seine values.yaml lässt sich nicht parsen (%1)</translation>
    </message>
    <message>
        <source>no values.schema.json</source>
        <translation>keine values.schema.json</translation>
    </message>
    <message>
        <source>its values.schema.json is not usable (%1): helm will refuse it too</source>
        <translation>seine values.schema.json ist nicht verwendbar (%1): helm wird sie ebenfalls ablehnen</translation>
    </message>
    <message>
        <source>values checked against its values.schema.json</source>
        <translation>Values gegen seine values.schema.json geprüft</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The chart&apos;s values.schema.json refuses these values:
%1</source>
        <translation>Die values.schema.json des Charts lehnt diese Values ab:
%1</translation>
    </message>
    <message>
        <source># the values YAML has an error: no diff until it is fixed</source>
        <translation># Das Values-YAML enthält einen Fehler: kein Diff, bis er behoben ist</translation>
    </message>
    <message>
        <source># no change
</source>
        <translation># keine Änderung
</translation>
    </message>
    <message>
        <source># no chart yet</source>
        <translation># noch kein Chart</translation>
    </message>
    <message>
        <source># the chart&apos;s defaults are not known here (see above the tabs)</source>
        <translation># die Standardwerte des Charts sind hier nicht bekannt (siehe oberhalb der Reiter)</translation>
    </message>
    <message>
        <source># your values change nothing
</source>
        <translation># Ihre Values ändern nichts
</translation>
    </message>
    <message>
        <source># helm %1 --dry-run …</source>
        <translation># helm %1 --dry-run …</translation>
    </message>
    <message>
        <source>After a dry run: each rendered object against the one in the cluster (new, changed, unchanged).</source>
        <translation>Nach einem Probelauf: jedes gerenderte Objekt im Vergleich mit dem im Cluster (neu, geändert, unverändert).</translation>
    </message>
    <message>
        <source>Against the cluster</source>
        <translation>Gegen den Cluster</translation>
    </message>
    <message>
        <source># not compared: no connection to the cluster</source>
        <translation># nicht verglichen: keine Verbindung zum Cluster</translation>
    </message>
    <message>
        <source># comparing each object with the cluster (dry runs, nothing is written)…</source>
        <translation># jedes Objekt wird mit dem Cluster verglichen (Probeläufe, nichts wird geschrieben)…</translation>
    </message>
    <message>
        <source># user values: revision %1 → after the upgrade (--set rows included)
</source>
        <translation># Benutzerwerte: Revision %1 → nach dem Upgrade (--set-Zeilen eingeschlossen)
</translation>
    </message>
    <message>
        <source># the chart&apos;s defaults → the values helm computes from them and yours (--set rows included)
</source>
        <translation># die Standardwerte des Charts → die Werte, die helm aus ihnen und Ihren berechnet (--set-Zeilen eingeschlossen)
</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Values (YAML)</source>
        <translation>Werte (YAML)</translation>
    </message>
    <message>
        <source>--set rows</source>
        <translation>--set-Zeilen</translation>
    </message>
    <message>
        <source>No helm to fetch %1 with: its values are checked when helm runs.</source>
        <translation>Kein helm, um %1 zu holen: die Werte werden geprüft, wenn helm läuft.</translation>
    </message>
    <message>
        <source>Not a chart folder, a .tgz, repo/chart or oci://…: helm checks the values when it runs.</source>
        <translation>Weder Chart-Ordner noch .tgz, repo/chart oder oci://…: helm prüft die Werte, wenn es läuft.</translation>
    </message>
    <message>
        <source>Fetching %1 with helm pull to read its defaults and values.schema.json…</source>
        <translation>Hole %1 mit helm pull, um seine Vorgaben und values.schema.json zu lesen…</translation>
    </message>
    <message>
        <source>Could not fetch %1 to check the values against its schema (%2): helm checks them when it runs.</source>
        <translation>%1 konnte nicht geholt werden, um die Werte gegen sein Schema zu prüfen (%2): helm prüft sie, wenn es läuft.</translation>
    </message>
    <message>
        <source>helm pull wrote no chart</source>
        <translation>helm pull hat kein Chart geschrieben</translation>
    </message>
    <message>
        <source>%1 %2, fetched with helm pull</source>
        <translation>%1 %2, mit helm pull geholt</translation>
    </message>
</context>
<context>
    <name>fc::ReleaseListModel</name>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <source>REVISION</source>
        <translation>REVISION</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>CHART</source>
        <translation>CHART</translation>
    </message>
    <message>
        <source>APP VERSION</source>
        <translation>APP-VERSION</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>AKTUALISIERT</translation>
    </message>
</context>
<context>
    <name>fc::ReleasesPage</name>
    <message>
        <source>(not watched)</source>
        <translation>(nicht beobachtet)</translation>
    </message>
    <message>
        <source>%1/%2 ready</source>
        <translation>%1/%2 bereit</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Filter releases (name, namespace, status, chart)</source>
        <translation>Releases filtern (Name, Namespace, Status, Chart)</translation>
    </message>
    <message>
        <source>&amp;Install…</source>
        <translation>&amp;Installieren…</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>&amp;Aktualisieren…</translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <source>Roll back to the revision selected in the History tab (else the previous one)</source>
        <translation>Auf die im Reiter „Verlauf“ ausgewählte Revision zurücksetzen (sonst auf die vorherige)</translation>
    </message>
    <message>
        <source>Uninstall…</source>
        <translation>Deinstallieren…</translation>
    </message>
    <message>
        <source>REVISION</source>
        <translation>REVISION</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>AKTUALISIERT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>CHART</source>
        <translation>CHART</translation>
    </message>
    <message>
        <source>APP VERSION</source>
        <translation>APP-VERSION</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>User-supplied values</source>
        <translation>Vom Benutzer angegebene Values</translation>
    </message>
    <message>
        <source>Computed values (chart defaults + user)</source>
        <translation>Berechnete Values (Chart-Standardwerte + Benutzer)</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>helm</source>
        <translation>helm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stops helm with SIGTERM: it cancels the operation and marks the release failed</source>
        <translation>Beendet helm mit SIGTERM: Der Vorgang wird abgebrochen und das Release als failed markiert</translation>
    </message>
    <message>
        <source>Cannot list Helm&apos;s release storage (%1): %2
Helm keeps each release revision in a %3 of the release&apos;s namespace; without the right to list them cluster-wide the releases cannot be shown (the list below may be empty or incomplete). Retrying.</source>
        <translation>Helms Release-Speicher (%1) kann nicht aufgelistet werden: %2
Helm speichert jede Release-Revision als %3 im Namespace des Release; ohne das Recht, diese clusterweit aufzulisten, können die Releases nicht angezeigt werden (die Liste unten ist womöglich leer oder unvollständig). Neuer Versuch läuft.</translation>
    </message>
    <message>
        <source>Secrets of type helm.sh/release.v1</source>
        <translation>Secrets vom Typ helm.sh/release.v1</translation>
    </message>
    <message>
        <source>ConfigMaps labelled owner=helm</source>
        <translation>ConfigMaps mit dem Label owner=helm</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>ConfigMap</source>
        <translation>ConfigMap</translation>
    </message>
    <message>
        <source>helm not found</source>
        <translation>helm nicht gefunden</translation>
    </message>
    <message>
        <source>helm unusable</source>
        <translation>helm nicht verwendbar</translation>
    </message>
    <message>
        <source>helm %1</source>
        <translation>helm %1</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source># cannot read this revision: %1</source>
        <translation># diese Revision kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1/%2 is stuck in %3.&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;%1/%2 hängt in %3 fest.&lt;/b&gt; %4</translation>
    </message>
    <message>
        <source>helm is needed for changes: %1</source>
        <translation>Für Änderungen wird helm benötigt: %1</translation>
    </message>
    <message>
        <source>looking for it…</source>
        <translation>wird gesucht…</translation>
    </message>
    <message>
        <source>helm is running: wait for it or cancel it</source>
        <translation>helm läuft: Warten Sie, bis es fertig ist, oder brechen Sie es ab</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Running helm %1…</source>
        <translation>helm %1 wird ausgeführt…</translation>
    </message>
    <message>
        <source>helm %1 finished.</source>
        <translation>helm %1 abgeschlossen.</translation>
    </message>
    <message>
        <source>Stopping helm (SIGTERM): it marks the release failed…</source>
        <translation>helm wird beendet (SIGTERM): Das Release wird als failed markiert…</translation>
    </message>
    <message>
        <source>Install %1 into %2</source>
        <translation>%1 in %2 installieren</translation>
    </message>
    <message>
        <source>Upgrade %1 in %2</source>
        <translation>%1 in %2 aktualisieren</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>the previous revision</source>
        <translation>die vorherige Revision</translation>
    </message>
    <message>
        <source>Roll back %1?</source>
        <translation>%1 zurücksetzen?</translation>
    </message>
    <message>
        <source>Roll back release %1 in %2 to %3? Helm applies that revision&apos;s objects again as a new revision.</source>
        <translation>Release %1 in %2 auf %3 zurücksetzen? Helm wendet die Objekte dieser Revision erneut als neue Revision an.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Roll back %1 in %2</source>
        <translation>%1 in %2 zurücksetzen</translation>
    </message>
    <message>
        <source>Uninstall %1?</source>
        <translation>%1 deinstallieren?</translation>
    </message>
    <message>
        <source>Uninstall release %1 from %2? Its objects are deleted from the cluster.</source>
        <translation>Release %1 aus %2 deinstallieren? Seine Objekte werden aus dem Cluster gelöscht.</translation>
    </message>
    <message>
        <source>Uninstall</source>
        <translation>Deinstallieren</translation>
    </message>
    <message>
        <source>Uninstall %1 from %2</source>
        <translation>%1 aus %2 deinstallieren</translation>
    </message>
    <message>
        <source>Keep the history (helm uninstall --keep-history: a rollback stays possible)</source>
        <translation>Verlauf behalten (helm uninstall --keep-history: ein Rollback bleibt möglich)</translation>
    </message>
    <message>
        <source>Recover %1?</source>
        <translation>%1 wiederherstellen?</translation>
    </message>
    <message>
        <source>%1

%2 of %3 in %4?</source>
        <translation>%1

%3 in %4: %2?</translation>
    </message>
    <message>
        <source>Recover %1: roll back to revision %2</source>
        <translation>%1 wiederherstellen: auf Revision %2 zurücksetzen</translation>
    </message>
    <message>
        <source>%1

%2: %3 in %4?</source>
        <translation>%1

%3 in %4: %2?</translation>
    </message>
    <message>
        <source>Recover %1: uninstall</source>
        <translation>%1 wiederherstellen: deinstallieren</translation>
    </message>
    <message>
        <source>Filter releases</source>
        <translation>Releases filtern</translation>
    </message>
    <message>
        <source>Helm releases</source>
        <translation>Helm-Releases</translation>
    </message>
    <message>
        <source>Release history</source>
        <translation>Release-Verlauf</translation>
    </message>
    <message>
        <source>Objects of the release</source>
        <translation>Objekte des Release</translation>
    </message>
    <message>
        <source>Helm&apos;s release storage is Secrets of type helm.sh/release.v1 (or ConfigMaps labelled owner=helm) in each release&apos;s namespace: releases are shown only where your role may list them.</source>
        <translation>Helm speichert Releases als Secrets vom Typ helm.sh/release.v1 (oder ConfigMaps mit dem Label owner=helm) im Namespace des Release: Releases werden nur dort angezeigt, wo Ihre Rolle sie auflisten darf.</translation>
    </message>
</context>
<context>
    <name>fc::RenderedDiff</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <source>%1 is not a kind this cluster serves (a CRD the chart expects?)</source>
        <translation>%1 ist keine Art, die dieser Cluster bereitstellt (eine CRD, die das Chart erwartet?)</translation>
    </message>
    <message>
        <source>the server would refuse it: %1</source>
        <translation>der Server würde es ablehnen: %1</translation>
    </message>
    <message>
        <source>the server would refuse the change: %1</source>
        <translation>der Server würde die Änderung ablehnen: %1</translation>
    </message>
    <message>
        <source># %1 new · %2 changed · %3 unchanged · %4 not compared (dry runs: nothing was written)
</source>
        <translation># %1 neu · %2 geändert · %3 unverändert · %4 nicht verglichen (Probeläufe: nichts wurde geschrieben)
</translation>
    </message>
</context>
<context>
    <name>fc::RenewDialog</name>
    <message>
        <source>Renew certificate</source>
        <translation>Zertifikat erneuern</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Re-&amp;issue under this CA even if another CA issued the certificate</source>
        <translation>Unter dieser CA &amp;neu ausstellen, auch wenn eine andere CA das Zertifikat ausgestellt hat</translation>
    </message>
    <message>
        <source>The certificate&apos;s peers must then trust this CA&apos;s root.</source>
        <translation>Die Gegenstellen des Zertifikats müssen dann dem Stammzertifikat dieser CA vertrauen.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <source>Same key (from its PEM file)</source>
        <translation>Gleicher Schlüssel (aus seiner PEM-Datei)</translation>
    </message>
    <message>
        <source>only if the key file is encrypted</source>
        <translation>nur wenn die Schlüsseldatei verschlüsselt ist</translation>
    </message>
    <message>
        <source>optional: tls.crt, tls.key, ca.crt</source>
        <translation>optional: tls.crt, tls.key, ca.crt</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>SANs:</source>
        <translation>SANs:</translation>
    </message>
    <message>
        <source>Now valid:</source>
        <translation>Derzeit gültig:</translation>
    </message>
    <message>
        <source>C&amp;A:</source>
        <translation>C&amp;A:</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>New key &amp;type:</source>
        <translation>Neuer Schlüssel&amp;typ:</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>Schlüssel&amp;datei:</translation>
    </message>
    <message>
        <source>Key file pass&amp;phrase:</source>
        <translation>&amp;Passphrase der Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Save files &amp;to:</source>
        <translation>Dateien speichern &amp;in:</translation>
    </message>
    <message>
        <source>&amp;Deploy to Secret…</source>
        <translation>In Secret &amp;bereitstellen…</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>&amp;Erneuern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Choose a CA (create or import one first).</source>
        <translation>Wählen Sie eine CA (erstellen oder importieren Sie zuerst eine).</translation>
    </message>
    <message>
        <source>Key file: %1</source>
        <translation>Schlüsseldatei: %1</translation>
    </message>
    <message>
        <source>Unlocking CA &quot;%1&quot;…</source>
        <translation>CA „%1“ wird entsperrt…</translation>
    </message>
    <message>
        <source>Renewing…</source>
        <translation>Wird erneuert…</translation>
    </message>
    <message>
        <source>wrong passphrase for the key file</source>
        <translation>falsche Passphrase für die Schlüsseldatei</translation>
    </message>
    <message>
        <source>the key file is encrypted: enter its passphrase</source>
        <translation>die Schlüsseldatei ist verschlüsselt: Geben Sie ihre Passphrase ein</translation>
    </message>
    <message>
        <source>this key does not belong to the certificate being renewed</source>
        <translation>dieser Schlüssel gehört nicht zum zu erneuernden Zertifikat</translation>
    </message>
    <message>
        <source>Renewed: serial %1, valid until %2.%3</source>
        <translation>Erneuert: Seriennummer %1, gültig bis %2.%3</translation>
    </message>
    <message>
        <source> Files written to %1.</source>
        <translation> Dateien nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>fc::RenewIntoSecretDialog</name>
    <message>
        <source>Renew into secret %1/%2</source>
        <translation>In Secret %1/%2 erneuern</translation>
    </message>
    <message>
        <source>Issue a renewed certificate with the same subject and SANs and write it into &lt;b&gt;%1/%2&lt;/b&gt;%3. Only the certificate, key and CA keys of the secret change.</source>
        <translation>Ein erneuertes Zertifikat mit demselben Antragsteller und denselben SANs ausstellen und in &lt;b&gt;%1/%2&lt;/b&gt;%3 schreiben. Im Secret ändern sich nur die Einträge für Zertifikat, Schlüssel und CA.</translation>
    </message>
    <message>
        <source> (key %1)</source>
        <translation> (Schlüssel %1)</translation>
    </message>
    <message>
        <source>&amp;CA:</source>
        <translation>&amp;CA:</translation>
    </message>
    <message>
        <source>CA &amp;passphrase:</source>
        <translation>CA-&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;New key (recommended)</source>
        <translation>&amp;Neuer Schlüssel (empfohlen)</translation>
    </message>
    <message>
        <source>Keep the &amp;key stored in the secret</source>
        <translation>Den im Secret gespeicherten &amp;Schlüssel behalten</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Privater Schlüssel:</translation>
    </message>
    <message>
        <source>Same type as the key it replaces</source>
        <translation>Gleicher Typ wie der ersetzte Schlüssel</translation>
    </message>
    <message>
        <source>New key &amp;type:</source>
        <translation>&amp;Typ des neuen Schlüssels:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <source>Re-&amp;issue under this CA even if another CA issued the certificate
(the party&apos;s peers must then trust this CA&apos;s root)</source>
        <translation>Unter dieser CA neu &amp;ausstellen, auch wenn eine andere CA das Zertifikat ausgestellt hat
(die Gegenstellen der Partei müssen dann der Root dieser CA vertrauen)</translation>
    </message>
    <message>
        <source>&amp;Prepare renewal</source>
        <translation>Erneuerung &amp;vorbereiten</translation>
    </message>
    <message>
        <source>&amp;Write to secret</source>
        <translation>In Secret &amp;schreiben</translation>
    </message>
    <message>
        <source>no CA to renew with: create or import one on the Certificates page</source>
        <translation>keine CA zum Erneuern: Erstellen oder importieren Sie eine auf der Seite „Zertifikate“</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt; (re-issued under another CA)</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt; (unter einer anderen CA neu ausgestellt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Will write&lt;/b&gt; %1 of secret %2/%3 (resourceVersion %4):&lt;br&gt;subject %5&lt;br&gt;SANs %6&lt;br&gt;serial %7 → %8&lt;br&gt;valid until %9 → %10&lt;br&gt;key: %11&lt;br&gt;issuer %12</source>
        <translation>&lt;b&gt;Schreibt&lt;/b&gt; %1 in das Secret %2/%3 (resourceVersion %4):&lt;br&gt;Antragsteller %5&lt;br&gt;SANs %6&lt;br&gt;Seriennummer %7 → %8&lt;br&gt;gültig bis %9 → %10&lt;br&gt;Schlüssel: %11&lt;br&gt;Aussteller %12</translation>
    </message>
    <message>
        <source>new %1 %2</source>
        <translation>neu: %1 %2</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>beibehalten</translation>
    </message>
</context>
<context>
    <name>fc::SecretDeployDialog</name>
    <message>
        <source>Deploy certificate as Secret</source>
        <translation>Zertifikat als Secret bereitstellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;issued by %2 · serial %3 · valid until %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;ausgestellt von %2 · Seriennummer %3 · gültig bis %4</translation>
    </message>
    <message>
        <source>The certificate cannot be read: %1</source>
        <translation>Das Zertifikat kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Namespace:</translation>
    </message>
    <message>
        <source>e.g. server-cert</source>
        <translation>z. B. server-cert</translation>
    </message>
    <message>
        <source>Secret &amp;name:</source>
        <translation>Secret-Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <comment>framework layout of the secret</comment>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>kubernetes.io/tls</source>
        <translation>kubernetes.io/tls</translation>
    </message>
    <message>
        <source>Opaque (generic, custom key names)</source>
        <translation>Opaque (generisch, eigene Schlüsselnamen)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>(leave empty: no CA)</source>
        <translation>(leer lassen: keine CA)</translation>
    </message>
    <message>
        <source>cert</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>Key names:</source>
        <comment>data keys of the secret</comment>
        <translation>Schlüsselnamen:</translation>
    </message>
    <message>
        <source>Take over fields that another tool manages (force)</source>
        <translation>Felder übernehmen, die ein anderes Tool verwaltet (force)</translation>
    </message>
    <message>
        <source>Manifest to apply (private key redacted):</source>
        <translation>Anzuwendendes Manifest (privater Schlüssel geschwärzt):</translation>
    </message>
    <message>
        <source>&amp;Apply to cluster</source>
        <translation>Auf Cluster &amp;anwenden</translation>
    </message>
    <message>
        <source># nothing to apply: %1</source>
        <translation># nichts anzuwenden: %1</translation>
    </message>
    <message>
        <source>Server dry run: waiting…</source>
        <translation>Server-Probelauf: wartet…</translation>
    </message>
    <message>
        <source>Server dry run: checking…</source>
        <translation>Server-Probelauf: wird geprüft…</translation>
    </message>
    <message>
        <source>✔ Server dry run: the API server accepts Secret %1/%2 (%3).</source>
        <translation>✔ Server-Probelauf: Der API-Server akzeptiert Secret %1/%2 (%3).</translation>
    </message>
    <message>
        <source>✘ Server dry run failed: %1</source>
        <translation>✘ Server-Probelauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>not connected to a cluster</source>
        <translation>nicht mit einem Cluster verbunden</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>fc::SetValues</name>
    <message>
        <source>“%1” is not a key or a list index</source>
        <translation>„%1“ ist weder ein Schlüssel noch ein Listenindex</translation>
    </message>
    <message>
        <source>an empty key</source>
        <translation>ein leerer Schlüssel</translation>
    </message>
    <message>
        <source>a list index without a key</source>
        <translation>ein Listenindex ohne Schlüssel</translation>
    </message>
    <message>
        <source>list index %1 is too large</source>
        <translation>Listenindex %1 ist zu groß</translation>
    </message>
    <message>
        <source>--set %1: “%2” has no “=”: write key=value</source>
        <translation>--set %1: „%2“ hat kein „=“: schreiben Sie Schlüssel=Wert</translation>
    </message>
    <message>
        <source>--set %1: %2</source>
        <translation>--set %1: %2</translation>
    </message>
</context>
<context>
    <name>fc::Shortcuts</name>
    <message>
        <source>Main window</source>
        <translation>Hauptfenster</translation>
    </message>
    <message>
        <source>Object editor</source>
        <translation>Objekteditor</translation>
    </message>
    <message>
        <source>Log viewer</source>
        <translation>Log-Anzeige</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Open a kubeconfig file</source>
        <translation>Kubeconfig-Datei öffnen</translation>
    </message>
    <message>
        <source>Add a cluster: paste a kubeconfig, or server URL, CA and token</source>
        <translation>Cluster hinzufügen: kubeconfig einfügen oder Server-URL, CA und Token</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>About FedConsole: versions of the app, its libraries and tools</source>
        <translation>Über FedConsole: Versionen der App, ihrer Bibliotheken und Werkzeuge</translation>
    </message>
    <message>
        <source>Stream the logs of the selected pod or workload</source>
        <translation>Logs des ausgewählten Pods oder Workloads streamen</translation>
    </message>
    <message>
        <source>Group the selected object into a federation</source>
        <translation>Ausgewähltes Objekt einer Föderation zuordnen</translation>
    </message>
    <message>
        <source>Edit the selected object</source>
        <translation>Ausgewähltes Objekt bearbeiten</translation>
    </message>
    <message>
        <source>Go to the text filter</source>
        <translation>Zum Textfilter</translation>
    </message>
    <message>
        <source>Go to the label selector</source>
        <translation>Zum Label-Selektor</translation>
    </message>
    <message>
        <source>Back to the resource table</source>
        <translation>Zurück zur Ressourcentabelle</translation>
    </message>
    <message>
        <source>Dry run, then apply the changes</source>
        <translation>Probelauf, dann die Änderungen anwenden</translation>
    </message>
    <message>
        <source>Undo the last change to the document</source>
        <translation>Letzte Änderung am Dokument rückgängig machen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Go to the search field</source>
        <translation>Zum Suchfeld</translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation>Ausgewählte Zeilen kopieren</translation>
    </message>
    <message>
        <source>New certificate authority</source>
        <translation>Neue Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Import a certificate authority</source>
        <translation>Zertifizierungsstelle importieren</translation>
    </message>
    <message>
        <source>Issue a certificate</source>
        <translation>Zertifikat ausstellen</translation>
    </message>
    <message>
        <source>Sign a certificate signing request</source>
        <translation>Zertifikatsignieranforderung signieren</translation>
    </message>
    <message>
        <source>Renew the selected certificate</source>
        <translation>Ausgewähltes Zertifikat erneuern</translation>
    </message>
    <message>
        <source>Export the selected certificate</source>
        <translation>Ausgewähltes Zertifikat exportieren</translation>
    </message>
    <message>
        <source>Deploy the selected certificate to a Secret</source>
        <translation>Ausgewähltes Zertifikat in einem Secret bereitstellen</translation>
    </message>
    <message>
        <source>Federation wizard: a CA and every party&apos;s kit</source>
        <translation>Föderations-Assistent: eine CA und das Kit jeder Partei</translation>
    </message>
    <message>
        <source>Reload the certificate store</source>
        <translation>Zertifikatsspeicher neu laden</translation>
    </message>
</context>
<context>
    <name>fc::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Funktion</translation>
    </message>
</context>
<context>
    <name>fc::SignCsrDialog</name>
    <message>
        <source>Sign certificate request</source>
        <translation>Zertifikatsanforderung signieren</translation>
    </message>
    <message>
        <source>PEM certificate signing request (.csr)</source>
        <translation>PEM-Zertifikatsignierungsanforderung (.csr)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Server and client</source>
        <translation>Server und Client</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>certificate file to write (PEM, with intermediates)</source>
        <translation>zu schreibende Zertifikatsdatei (PEM, mit Zwischenzertifikaten)</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Anforderung:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <source>SANs:</source>
        <translation>SANs:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <source>C&amp;A:</source>
        <translation>C&amp;A:</translation>
    </message>
    <message>
        <source>U&amp;sage:</source>
        <translation>&amp;Verwendung:</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>&amp;Schreiben nach:</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signieren</translation>
    </message>
    <message>
        <source>Not a certificate request: %1</source>
        <translation>Keine Zertifikatsanforderung: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>valid (signed by the key it carries)</source>
        <translation>gültig (mit dem enthaltenen Schlüssel signiert)</translation>
    </message>
    <message>
        <source>BAD — %1. It will not be signed.</source>
        <translation>FEHLERHAFT — %1. Sie wird nicht signiert.</translation>
    </message>
    <message>
        <source>Choose a certificate request first.</source>
        <translation>Wählen Sie zuerst eine Zertifikatsanforderung aus.</translation>
    </message>
    <message>
        <source>The request&apos;s signature does not verify: it was altered or not made with its key. Refused.</source>
        <translation>Die Signatur der Anforderung lässt sich nicht verifizieren: Sie wurde verändert oder nicht mit ihrem Schlüssel erstellt. Abgelehnt.</translation>
    </message>
    <message>
        <source>Choose a CA (create or import one first).</source>
        <translation>Wählen Sie eine CA aus (erstellen oder importieren Sie zuerst eine).</translation>
    </message>
    <message>
        <source>Choose the file to write the certificate to.</source>
        <translation>Wählen Sie die Datei, in die das Zertifikat geschrieben werden soll.</translation>
    </message>
    <message>
        <source>Unlocking CA &quot;%1&quot;…</source>
        <translation>CA „%1“ wird entsperrt…</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Wird signiert…</translation>
    </message>
</context>
<context>
    <name>fc::WelcomePage</name>
    <message>
        <source>FedConsole icon</source>
        <translation>FedConsole-Symbol</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to FedConsole&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Willkommen bei FedConsole&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>FedConsole shows the clusters of your kubeconfig files. None gave a cluster yet: start the local demo, add a cluster, or open a kubeconfig file.</source>
        <translation>FedConsole zeigt die Cluster Ihrer kubeconfig-Dateien an. Bisher enthält keine davon einen Cluster: Starten Sie die lokale Demo, fügen Sie einen Cluster hinzu oder öffnen Sie eine kubeconfig-Datei.</translation>
    </message>
    <message>
        <source>Start the local demo cluster</source>
        <translation>Lokalen Demo-Cluster starten</translation>
    </message>
    <message>
        <source>A Kubernetes control plane on this machine with an NVIDIA FLARE, OpenFL and FATE demo federation. The first start compiles Kubernetes (15–25 minutes).</source>
        <translation>Eine Kubernetes-Control-Plane auf diesem Rechner mit einer Demo-Föderation aus NVIDIA FLARE, OpenFL und FATE. Beim ersten Start wird Kubernetes kompiliert (15–25 Minuten).</translation>
    </message>
    <message>
        <source>Add a cluster…</source>
        <translation>Cluster hinzufügen…</translation>
    </message>
    <message>
        <source>Paste a kubeconfig, or give a server URL, its CA and a token — the token is kept in the desktop keychain, never in a file.</source>
        <translation>Fügen Sie eine kubeconfig ein oder geben Sie eine Server-URL, deren CA und ein Token an – das Token wird im Schlüsselbund des Desktops gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Open a kubeconfig file…</source>
        <translation>kubeconfig-Datei öffnen…</translation>
    </message>
    <message>
        <source>A file kubectl could use; it is remembered in Preferences.</source>
        <translation>Eine Datei, die kubectl verwenden könnte; sie wird in den Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Demo cluster output</source>
        <translation>Ausgabe des Demo-Clusters</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The local demo needs FedConsole&apos;s source tree (scripts/local-cluster.sh and Go): run scripts/run.sh from a checkout. An installed package connects to existing clusters.</source>
        <translation>Die lokale Demo benötigt den Quellcodebaum von FedConsole (scripts/local-cluster.sh und Go): Führen Sie scripts/run.sh aus einem Checkout aus. Ein installiertes Paket verbindet sich mit vorhandenen Clustern.</translation>
    </message>
    <message>
        <source>— cancelled</source>
        <translation>— abgebrochen</translation>
    </message>
    <message>
        <source>— the demo cluster did not start (exit %1%2)</source>
        <translation>— der Demo-Cluster ist nicht gestartet (Exit-Code %1%2)</translation>
    </message>
    <message>
        <source>— the demo cluster is up</source>
        <translation>— der Demo-Cluster läuft</translation>
    </message>
    <message>
        <source>Certificates only</source>
        <translation>Nur Zertifikate</translation>
    </message>
    <message>
        <source>The federation&apos;s CA and every party&apos;s kit need no cluster: create, issue, sign, renew and export them now.</source>
        <translation>Die CA der Föderation und die Kits der Parteien brauchen keinen Cluster: jetzt erstellen, ausstellen, signieren, erneuern und exportieren.</translation>
    </message>
</context>
<context>
    <name>fc::WorkloadEditorWidget</name>
    <message>
        <source>&amp;Container:</source>
        <translation>&amp;Container:</translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation>&amp;Replikate:</translation>
    </message>
    <message>
        <source>&amp;Ports</source>
        <translation>&amp;Ports</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Umgebung</translation>
    </message>
    <message>
        <source>Re&amp;sources</source>
        <translation>Re&amp;ssourcen</translation>
    </message>
    <message>
        <source>&amp;Node selector</source>
        <translation>&amp;Node-Selector</translation>
    </message>
    <message>
        <source>&amp;Tolerations</source>
        <translation>&amp;Tolerations</translation>
    </message>
    <message>
        <source>C&amp;ontainers</source>
        <translation>C&amp;ontainer</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The server refused this value: %1</source>
        <translation>Der Server hat diesen Wert abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 in %2 could not be listed, so names are typed and not checked: %3</source>
        <translation>%1 in %2 konnten nicht aufgelistet werden, daher werden Namen eingetippt und nicht geprüft: %3</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>ConfigMaps</source>
        <translation>ConfigMaps</translation>
    </message>
</context>
<context>
    <name>fc::editors::ConfigMapModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Syntax</source>
        <comment>YAML/JSON check of a ConfigMap value</comment>
        <translation>Syntax</translation>
    </message>
    <message>
        <source>no ConfigMap is loaded</source>
        <translation>keine ConfigMap geladen</translation>
    </message>
    <message>
        <source>The key “%1” %2.</source>
        <translation>Der Schlüssel „%1“ %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>The key “%1” exists already (keys are unique across data and binaryData).</source>
        <translation>Der Schlüssel „%1“ existiert bereits (Schlüssel sind über data und binaryData hinweg eindeutig).</translation>
    </message>
    <message>
        <source>Add key %1</source>
        <translation>Schlüssel %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add binary key %1</source>
        <translation>Binären Schlüssel %1 hinzufügen</translation>
    </message>
    <message>
        <source>There is no key “%1”.</source>
        <translation>Es gibt keinen Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>Rename key %1 to %2</source>
        <translation>Schlüssel %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Delete key %1</source>
        <translation>Schlüssel %1 löschen</translation>
    </message>
    <message>
        <source>“%1” holds binary data: replace it from a file.</source>
        <translation>„%1“ enthält Binärdaten: Ersetzen Sie den Wert aus einer Datei.</translation>
    </message>
    <message>
        <source>Edit value of %1</source>
        <translation>Wert von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add key %1 from a file</source>
        <translation>Schlüssel %1 aus einer Datei hinzufügen</translation>
    </message>
    <message>
        <source>Replace %1 from a file</source>
        <translation>%1 aus einer Datei ersetzen</translation>
    </message>
    <message>
        <source>The key %1.</source>
        <translation>Der Schlüssel %1.</translation>
    </message>
    <message>
        <source>The key “%1” is in both data and binaryData: the server refuses that.</source>
        <translation>Der Schlüssel „%1“ steht sowohl in data als auch in binaryData: Das lehnt der Server ab.</translation>
    </message>
    <message>
        <source>Keys and values take %1, more than the 1 MiB a ConfigMap may hold.</source>
        <translation>Schlüssel und Werte belegen %1, mehr als die 1 MiB, die eine ConfigMap fassen darf.</translation>
    </message>
</context>
<context>
    <name>fc::editors::ContainerPortsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Container port</source>
        <translation>Container-Port</translation>
    </message>
    <message>
        <source>Host port</source>
        <translation>Host-Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Not editable that way.</source>
        <translation>Auf diese Weise nicht bearbeitbar.</translation>
    </message>
    <message>
        <source>“%1” is not a port number.</source>
        <translation>„%1“ ist keine Portnummer.</translation>
    </message>
    <message>
        <source>There is no container to add a port to.</source>
        <translation>Es gibt keinen Container, dem ein Port hinzugefügt werden kann.</translation>
    </message>
    <message>
        <source>%1 is not a port (1-65535).</source>
        <translation>%1 ist kein Port (1-65535).</translation>
    </message>
    <message>
        <source>%1 is not a host port (1-65535, or none).</source>
        <translation>%1 ist kein Host-Port (1-65535 oder keiner).</translation>
    </message>
    <message>
        <source>“%1” is not a protocol: TCP, UDP or SCTP.</source>
        <translation>„%1“ ist kein Protokoll: TCP, UDP oder SCTP.</translation>
    </message>
    <message>
        <source>The port name %1.</source>
        <translation>Der Portname %1.</translation>
    </message>
    <message>
        <source>Open port %1/%2 (host port %3)</source>
        <translation>Port %1/%2 öffnen (Host-Port %3)</translation>
    </message>
    <message>
        <source>Open port %1/%2</source>
        <translation>Port %1/%2 öffnen</translation>
    </message>
    <message>
        <source>There is no port %1.</source>
        <translation>Es gibt keinen Port %1.</translation>
    </message>
    <message>
        <source>Close port %1/%2</source>
        <translation>Port %1/%2 schließen</translation>
    </message>
    <message>
        <source>Name port %1 %2</source>
        <translation>Port %1 als %2 benennen</translation>
    </message>
    <message>
        <source>Change container port to %1</source>
        <translation>Container-Port auf %1 ändern</translation>
    </message>
    <message>
        <source>Remove the host port</source>
        <translation>Host-Port entfernen</translation>
    </message>
    <message>
        <source>Set host port %1</source>
        <translation>Host-Port %1 festlegen</translation>
    </message>
    <message>
        <source>Switch port %1 to %2</source>
        <translation>Port %1 auf %2 umstellen</translation>
    </message>
</context>
<context>
    <name>fc::editors::ContainersModel</name>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Not editable that way.</source>
        <translation>Auf diese Weise nicht bearbeitbar.</translation>
    </message>
    <message>
        <source>Not editable.</source>
        <translation>Nicht bearbeitbar.</translation>
    </message>
    <message>
        <source>The container name %1.</source>
        <translation>Der Container-Name %1.</translation>
    </message>
    <message>
        <source>A container is named %1 already.</source>
        <translation>Es gibt bereits einen Container namens %1.</translation>
    </message>
    <message>
        <source>An image is required.</source>
        <translation>Ein Image ist erforderlich.</translation>
    </message>
    <message>
        <source>Add container %1</source>
        <translation>Container %1 hinzufügen</translation>
    </message>
    <message>
        <source>There is no container %1.</source>
        <translation>Es gibt keinen Container %1.</translation>
    </message>
    <message>
        <source>A pod needs at least one container.</source>
        <translation>Ein Pod braucht mindestens einen Container.</translation>
    </message>
    <message>
        <source>Remove container %1</source>
        <translation>Container %1 entfernen</translation>
    </message>
    <message>
        <source>Rename container %1 to %2</source>
        <translation>Container %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Set the image of %1 to %2</source>
        <translation>Image von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Set the command of %1</source>
        <translation>Befehl von %1 setzen</translation>
    </message>
    <message>
        <source>Set the arguments of %1</source>
        <translation>Argumente von %1 setzen</translation>
    </message>
</context>
<context>
    <name>fc::editors::EditableDocument</name>
    <message>
        <source>Rebase onto the server&apos;s changes</source>
        <translation>Auf die Änderungen des Servers neu aufsetzen</translation>
    </message>
</context>
<context>
    <name>fc::editors::EnvModel</name>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Secret-Schlüssel</translation>
    </message>
    <message>
        <source>ConfigMap key</source>
        <translation>ConfigMap-Schlüssel</translation>
    </message>
    <message>
        <source>Pod field</source>
        <translation>Pod-Feld</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Value or name</source>
        <comment>a literal value, or the Secret/ConfigMap a variable reads</comment>
        <translation>Wert oder Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Not editable that way.</source>
        <translation>Auf diese Weise nicht bearbeitbar.</translation>
    </message>
    <message>
        <source>Not a source.</source>
        <translation>Keine Quelle.</translation>
    </message>
    <message>
        <source>Not editable.</source>
        <translation>Nicht bearbeitbar.</translation>
    </message>
    <message>
        <source>The variable name %1.</source>
        <translation>Der Variablenname %1.</translation>
    </message>
    <message>
        <source>There is no container to set variables in.</source>
        <translation>Es gibt keinen Container, in dem Variablen gesetzt werden können.</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <source>A reference reads a Secret or a ConfigMap.</source>
        <translation>Eine Referenz liest ein Secret oder eine ConfigMap.</translation>
    </message>
    <message>
        <source>The %1 name %2.</source>
        <translation>Der %1-Name %2.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>ConfigMap</source>
        <translation>ConfigMap</translation>
    </message>
    <message>
        <source>The key %1.</source>
        <translation>Der Schlüssel %1.</translation>
    </message>
    <message>
        <source>Set %1 from %2 %3</source>
        <translation>%1 aus %2 %3 setzen</translation>
    </message>
    <message>
        <source>There is no variable %1.</source>
        <translation>Es gibt keine Variable %1.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>A reference needs a name.</source>
        <translation>Eine Referenz braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name %1.</source>
        <translation>Der Name %1.</translation>
    </message>
    <message>
        <source>Only Secret and ConfigMap references have a key.</source>
        <translation>Nur Secret- und ConfigMap-Referenzen haben einen Schlüssel.</translation>
    </message>
    <message>
        <source>Read %1 from key %2</source>
        <translation>%1 aus Schlüssel %2 lesen</translation>
    </message>
    <message>
        <source>Read %1 from a %2</source>
        <translation>%1 lesen aus: %2</translation>
    </message>
</context>
<context>
    <name>fc::editors::ExposeOperation</name>
    <message>
        <source>An exposure is already being written.</source>
        <translation>Eine Freigabe wird bereits geschrieben.</translation>
    </message>
    <message>
        <source>Reading Service %1/%2…</source>
        <translation>Service %1/%2 wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot read Service %1/%2: %3</source>
        <translation>Service %1/%2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Looking for the ingress controller in namespace %1…</source>
        <translation>Ingress-Controller wird im Namespace %1 gesucht…</translation>
    </message>
    <message>
        <source>Cannot read the ingress namespace %1: %2</source>
        <translation>Der Ingress-Namespace %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No ingress-nginx controller with a TCP map in namespace %1.</source>
        <translation>Kein ingress-nginx-Controller mit TCP-Map im Namespace %1.</translation>
    </message>
    <message>
        <source>The controller&apos;s TCP map %1 is not in namespace %2.</source>
        <translation>Die TCP-Map %1 des Controllers liegt nicht im Namespace %2.</translation>
    </message>
    <message>
        <source>Writing the TCP map %1…</source>
        <translation>TCP-Map %1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Nothing was changed: writing the TCP map failed: %1</source>
        <translation>Nichts wurde geändert: Das Schreiben der TCP-Map ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Writing the ports of %1 %2…</source>
        <translation>Ports von %1 %2 werden geschrieben…</translation>
    </message>
    <message>
        <source>Writing the controller failed; putting the TCP map back…</source>
        <translation>Das Schreiben des Controllers ist fehlgeschlagen; die TCP-Map wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>Writing the controller failed, so the TCP map was put back as it was; nothing is changed: %1</source>
        <translation>Das Schreiben des Controllers ist fehlgeschlagen, daher wurde die TCP-Map wieder in ihren vorherigen Zustand versetzt; nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>Writing the controller failed (%1), and putting the TCP map back failed too (%2): the map forwards ports the controller does not open — remove them by hand or run unexpose.</source>
        <translation>Das Schreiben des Controllers ist fehlgeschlagen (%1), und auch das Zurücksetzen der TCP-Map ist fehlgeschlagen (%2): Die Map leitet Ports weiter, die der Controller nicht öffnet — entfernen Sie sie von Hand oder führen Sie unexpose aus.</translation>
    </message>
    <message>
        <source>%1 %2 was changed by someone else while exposing; nothing of theirs is overwritten: %3</source>
        <translation>%1 %2 wurde während des Freigebens von jemand anderem geändert; nichts davon wird überschrieben: %3</translation>
    </message>
</context>
<context>
    <name>fc::editors::FateRouteTableModel</name>
    <message>
        <source>no ConfigMap is loaded</source>
        <translation>keine ConfigMap geladen</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>%1 has no &quot;route_table&quot; object: it is not a FATE route table.</source>
        <translation>%1 hat kein &quot;route_table&quot;-Objekt: Es ist keine FATE-Routentabelle.</translation>
    </message>
    <message>
        <source>the party id “%1” is neither a number nor “default”</source>
        <translation>die Partei-ID „%1“ ist weder eine Zahl noch „default“</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>kein Host</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address</source>
        <translation>„%1“ ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>“%1” is neither a host name nor an IP address</source>
        <translation>„%1“ ist weder ein Hostname noch eine IP-Adresse</translation>
    </message>
    <message>
        <source>no service name</source>
        <translation>kein Dienstname</translation>
    </message>
    <message>
        <source>no port</source>
        <translation>kein Port</translation>
    </message>
    <message>
        <source>%1 is not a port (1-65535)</source>
        <translation>%1 ist kein Port (1-65535)</translation>
    </message>
    <message>
        <source>party %1 has no “default” route: rollsite cannot reach it</source>
        <translation>Partei %1 hat keine „default“-Route: rollsite kann sie nicht erreichen</translation>
    </message>
    <message>
        <source>the same route as row %1</source>
        <translation>dieselbe Route wie Zeile %1</translation>
    </message>
    <message>
        <source>(polling client)</source>
        <translation>(Polling-Client)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>Service</source>
        <comment>a FATE route&apos;s service: default, fateflow</comment>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>“%1” is not a port number.</source>
        <translation>„%1“ ist keine Portnummer.</translation>
    </message>
    <message>
        <source>Fix %1 in the table first: %2</source>
        <translation>Beheben Sie zuerst %1 in der Tabelle: %2</translation>
    </message>
    <message>
        <source>There is no row %1.</source>
        <translation>Es gibt keine Zeile %1.</translation>
    </message>
    <message>
        <source>Allow all parties by default</source>
        <translation>Standardmäßig alle Parteien zulassen</translation>
    </message>
    <message>
        <source>Deny parties by default</source>
        <translation>Parteien standardmäßig ablehnen</translation>
    </message>
    <message>
        <source>Not a valid route: %1.</source>
        <translation>Keine gültige Route: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Route party %1 (%2) to %3:%4</source>
        <translation>Partei %1 (%2) an %3:%4 routen</translation>
    </message>
    <message>
        <source>Remove the route of party %1 (%2)</source>
        <translation>Route der Partei %1 (%2) entfernen</translation>
    </message>
    <message>
        <source>Not a party: %1.</source>
        <translation>Keine Partei: %1.</translation>
    </message>
    <message>
        <source>Move the route to party %1</source>
        <translation>Route zu Partei %1 verschieben</translation>
    </message>
    <message>
        <source>A route needs a service name (“default”, “fateflow”…).</source>
        <translation>Eine Route braucht einen Dienstnamen („default“, „fateflow“…).</translation>
    </message>
    <message>
        <source>Route party %1 as %2</source>
        <translation>Partei %1 als Dienst %2 routen</translation>
    </message>
    <message>
        <source>Not a host: %1.</source>
        <translation>Kein Host: %1.</translation>
    </message>
    <message>
        <source>Route party %1 to host %2</source>
        <translation>Partei %1 an Host %2 routen</translation>
    </message>
    <message>
        <source>%1 is not a port (1-65535).</source>
        <translation>%1 ist kein Port (1-65535).</translation>
    </message>
    <message>
        <source>Route party %1 to port %2</source>
        <translation>Partei %1 an Port %2 routen</translation>
    </message>
</context>
<context>
    <name>fc::editors::IngressTcpMapModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>External port</source>
        <translation>Externer Port</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>Service-Port</translation>
    </message>
    <message>
        <source>PROXY in</source>
        <comment>decode the PROXY protocol from clients</comment>
        <translation>PROXY eingehend</translation>
    </message>
    <message>
        <source>PROXY out</source>
        <comment>send the PROXY protocol to the Service</comment>
        <translation>PROXY ausgehend</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>“%1” is not a port number.</source>
        <translation>„%1“ ist keine Portnummer.</translation>
    </message>
    <message>
        <source>%1 is not a port (1-65535).</source>
        <translation>%1 ist kein Port (1-65535).</translation>
    </message>
    <message>
        <source>Port %1 is reserved for %2.</source>
        <translation>Port %1 ist für %2 reserviert.</translation>
    </message>
    <message>
        <source>Port %1 already forwards to %2.</source>
        <translation>Port %1 leitet bereits an %2 weiter.</translation>
    </message>
    <message>
        <source>the namespace %1</source>
        <translation>der Namespace %1</translation>
    </message>
    <message>
        <source>the Service name %1</source>
        <translation>der Service-Name %1</translation>
    </message>
    <message>
        <source>the Service port %1 is not a port (1-65535)</source>
        <translation>der Service-Port %1 ist kein Port (1-65535)</translation>
    </message>
    <message>
        <source>the Service port “%1” is neither a number nor a port name</source>
        <translation>der Service-Port „%1“ ist weder eine Zahl noch ein Portname</translation>
    </message>
    <message>
        <source>the PROXY protocol applies to TCP only</source>
        <translation>das PROXY-Protokoll gilt nur für TCP</translation>
    </message>
    <message>
        <source>Not a valid target: %1.</source>
        <translation>Kein gültiges Ziel: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>no ConfigMap is loaded</source>
        <translation>es ist keine ConfigMap geladen</translation>
    </message>
    <message>
        <source>Forward port %1 to %2/%3</source>
        <translation>Port %1 an %2/%3 weiterleiten</translation>
    </message>
    <message>
        <source>There is no row %1.</source>
        <translation>Es gibt keine Zeile %1.</translation>
    </message>
    <message>
        <source>Change external port %1 to %2</source>
        <translation>Externen Port %1 in %2 ändern</translation>
    </message>
    <message>
        <source>Forward port %1 to %2</source>
        <translation>Port %1 an %2 weiterleiten</translation>
    </message>
    <message>
        <source>Stop forwarding port %1</source>
        <translation>Weiterleitung von Port %1 beenden</translation>
    </message>
</context>
<context>
    <name>fc::editors::NodeSelectorModel</name>
    <message>
        <source>Node label</source>
        <translation>Node-Label</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Not editable that way.</source>
        <translation>Auf diese Weise nicht bearbeitbar.</translation>
    </message>
    <message>
        <source>The label key %1.</source>
        <translation>Label-Schlüssel: %1.</translation>
    </message>
    <message>
        <source>The label value %1.</source>
        <translation>Label-Wert: %1.</translation>
    </message>
    <message>
        <source>Run only on nodes with %1=%2</source>
        <translation>Nur auf Nodes mit %1=%2 ausführen</translation>
    </message>
    <message>
        <source>The node selector has no %1.</source>
        <translation>Der nodeSelector enthält kein %1.</translation>
    </message>
    <message>
        <source>Stop selecting nodes by %1</source>
        <translation>Nodes nicht mehr nach %1 auswählen</translation>
    </message>
    <message>
        <source>The node selector has %1 already.</source>
        <translation>Der nodeSelector enthält %1 bereits.</translation>
    </message>
    <message>
        <source>Select nodes by %1 instead of %2</source>
        <translation>Nodes nach %1 statt nach %2 auswählen</translation>
    </message>
</context>
<context>
    <name>fc::editors::ResourcesModel</name>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Not editable that way.</source>
        <translation>Auf diese Weise nicht bearbeitbar.</translation>
    </message>
    <message>
        <source>Not editable.</source>
        <translation>Nicht bearbeitbar.</translation>
    </message>
    <message>
        <source>There is no container to give resources to.</source>
        <translation>Es gibt keinen Container, dem Ressourcen zugewiesen werden können.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>“%1” %2.</source>
        <translation>„%1“ %2.</translation>
    </message>
    <message>
        <source>“%1”: a quantity must be 0 or more.</source>
        <translation>„%1“: Eine Menge muss 0 oder größer sein.</translation>
    </message>
    <message>
        <source>Request no %1</source>
        <translation>Keine Anforderung für %1</translation>
    </message>
    <message>
        <source>Request %1 %2</source>
        <translation>%1 %2 anfordern</translation>
    </message>
    <message>
        <source>Limit no %1</source>
        <translation>Kein Limit für %1</translation>
    </message>
    <message>
        <source>Limit %1 to %2</source>
        <translation>%1 auf %2 begrenzen</translation>
    </message>
    <message>
        <source>Request %1 %2, limit %3</source>
        <translation>%2 %1 anfordern, Limit %3</translation>
    </message>
    <message>
        <source>%1 is neither requested nor limited.</source>
        <translation>%1 wird weder angefordert noch begrenzt.</translation>
    </message>
    <message>
        <source>Drop %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>%1 is listed already.</source>
        <translation>%1 ist bereits aufgeführt.</translation>
    </message>
    <message>
        <source>Use %1 instead of %2</source>
        <translation>%1 statt %2 verwenden</translation>
    </message>
</context>
<context>
    <name>fc::editors::RolloutStatus</name>
    <message>
        <source>%1 has no rollout</source>
        <translation>%1 hat kein Rollout</translation>
    </message>
    <message>
        <source>this object</source>
        <translation>Dieses Objekt</translation>
    </message>
    <message>
        <source>the controller has not seen the change yet</source>
        <translation>der Controller hat die Änderung noch nicht gesehen</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) still run the old template</source>
        <translation>
            <numerusform>%n Pod läuft noch mit der alten Vorlage</numerusform>
            <numerusform>%n Pods laufen noch mit der alten Vorlage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old pod(s) still to go</source>
        <translation>
            <numerusform>%n alter Pod steht noch aus</numerusform>
            <numerusform>%n alte Pods stehen noch aus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) not ready yet</source>
        <translation>
            <numerusform>%n Pod ist noch nicht bereit</numerusform>
            <numerusform>%n Pods sind noch nicht bereit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 desired · %2 updated · %3 ready</source>
        <translation>%1 gewünscht · %2 aktualisiert · %3 bereit</translation>
    </message>
    <message>
        <source> — rolled out</source>
        <translation> — ausgerollt</translation>
    </message>
    <message>
        <source>pod %1: %2</source>
        <translation>Pod %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) restarted</source>
        <translation>
            <numerusform>%n Pod wurde neu gestartet</numerusform>
            <numerusform>%n Pods wurden neu gestartet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::editors::TimeSlicingModel</name>
    <message>
        <source>%1 does not parse: %2</source>
        <translation>%1 lässt sich nicht parsen: %2</translation>
    </message>
    <message>
        <source>%1 is not a mapping of settings.</source>
        <translation>%1 ist keine Zuordnung von Einstellungen.</translation>
    </message>
    <message>
        <source>%1 ×%2 per device</source>
        <translation>%1 ×%2 pro Gerät</translation>
    </message>
    <message>
        <source>no resource name</source>
        <translation>kein Ressourcenname</translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>„%1“ %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>the device plugin shares nvidia.com/gpu and nvidia.com/mig-&lt;g&gt;g.&lt;memory&gt;gb; “%1” matches neither</source>
        <translation>das Device-Plugin teilt nvidia.com/gpu und nvidia.com/mig-&lt;g&gt;g.&lt;memory&gt;gb; „%1“ passt zu keinem davon</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>no replicas: the device plugin refuses the config</source>
        <translation>keine Replikate: das Device-Plugin lehnt die Konfiguration ab</translation>
    </message>
    <message>
        <source>replicas must be a whole number above 0</source>
        <translation>Replikate müssen als ganze Zahl größer als 0 angegeben sein</translation>
    </message>
    <message>
        <source>one replica shares nothing</source>
        <translation>ein einzelnes Replikat teilt nichts</translation>
    </message>
    <message>
        <source>“%1”: the only word the plugin takes is “all”</source>
        <translation>„%1“: das einzige Wort, das das Plugin akzeptiert, ist „all“</translation>
    </message>
    <message>
        <source>a count of devices must be above 0</source>
        <translation>eine Geräteanzahl muss größer als 0 sein</translation>
    </message>
    <message>
        <source>“%1” is neither a GPU/MIG index nor a GPU-/MIG- UUID</source>
        <translation>„%1“ ist weder ein GPU-/MIG-Index noch eine GPU-/MIG- UUID</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Replicas</source>
        <comment>time-slicing: how many times each GPU is advertised</comment>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Advertise as</source>
        <translation>Melden als</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Nodes advertise</source>
        <translation>Von Nodes gemeldet</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>no ConfigMap is loaded</source>
        <translation>keine ConfigMap geladen</translation>
    </message>
    <message>
        <source>Fix %1 as text first: %2</source>
        <translation>Korrigieren Sie %1 zuerst als Text: %2</translation>
    </message>
    <message>
        <source>There is no row %1.</source>
        <translation>Es gibt keine Zeile %1.</translation>
    </message>
    <message>
        <source>Advertise shared GPUs as &lt;name&gt;.shared</source>
        <translation>Geteilte GPUs als &lt;name&gt;.shared melden</translation>
    </message>
    <message>
        <source>Advertise shared GPUs under their own name</source>
        <translation>Geteilte GPUs unter ihrem eigenen Namen melden</translation>
    </message>
    <message>
        <source>Refuse requests for more than one shared GPU</source>
        <translation>Anforderungen von mehr als einer geteilten GPU ablehnen</translation>
    </message>
    <message>
        <source>Allow requests for several shared GPUs</source>
        <translation>Anforderungen mehrerer geteilter GPUs erlauben</translation>
    </message>
    <message>
        <source>%1 is shared already.</source>
        <translation>%1 wird bereits geteilt.</translation>
    </message>
    <message>
        <source>“%1” is not a resource name: %2.</source>
        <translation>„%1“ ist kein Ressourcenname: %2.</translation>
    </message>
    <message>
        <source>Replicas must be a whole number above 0.</source>
        <translation>Die Anzahl der Replikate muss eine ganze Zahl größer als 0 sein.</translation>
    </message>
    <message>
        <source>Share %1 %2 ways</source>
        <translation>%1 %2-fach teilen</translation>
    </message>
    <message>
        <source>Stop sharing %1</source>
        <translation>%1 nicht mehr teilen</translation>
    </message>
    <message>
        <source>Share %1 instead</source>
        <translation>Stattdessen %1 teilen</translation>
    </message>
    <message>
        <source>Advertise %1 as %2</source>
        <translation>%1 als %2 melden</translation>
    </message>
    <message>
        <source>the default name</source>
        <translation>Standardname</translation>
    </message>
    <message>
        <source>A count of devices must be above 0.</source>
        <translation>Die Geräteanzahl muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>“%1” is neither a GPU/MIG index nor a GPU-/MIG- UUID.</source>
        <translation>„%1“ ist weder ein GPU-/MIG-Index noch eine GPU-/MIG- UUID.</translation>
    </message>
    <message>
        <source>Share devices %1 of %2</source>
        <translation>Geräte %1 von %2 teilen</translation>
    </message>
    <message>
        <source>no version: the device plugin reads version v1</source>
        <translation>keine Version: das Device-Plugin liest Version v1</translation>
    </message>
    <message>
        <source>version “%1”: the device plugin reads v1 only</source>
        <translation>Version „%1“: das Device-Plugin liest nur v1</translation>
    </message>
    <message>
        <source>unknown time-slicing strategy “%1”</source>
        <translation>unbekannte Time-Slicing-Strategie „%1“</translation>
    </message>
    <message>
        <source>no resources: the device plugin refuses the config</source>
        <translation>keine Ressourcen: das Device-Plugin lehnt die Konfiguration ab</translation>
    </message>
</context>
<context>
    <name>fc::editors::TolerationsModel</name>
    <message>
        <source>Taint key</source>
        <translation>Taint-Schlüssel</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Seconds</source>
        <comment>tolerationSeconds: how long a NoExecute taint is tolerated</comment>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <source>Not editable that way.</source>
        <translation>Auf diese Weise nicht bearbeitbar.</translation>
    </message>
    <message>
        <source>“%1” is not a number of seconds.</source>
        <translation>„%1“ ist keine Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>Change toleration %1</source>
        <translation>Toleration %1 ändern</translation>
    </message>
    <message>
        <source>“%1” is not an operator: Equal or Exists.</source>
        <translation>„%1“ ist kein Operator: Equal oder Exists.</translation>
    </message>
    <message>
        <source>With Exists there is no value.</source>
        <translation>Bei Exists gibt es keinen Wert.</translation>
    </message>
    <message>
        <source>Without a key the operator must be Exists (tolerate every taint).</source>
        <translation>Ohne Schlüssel muss der Operator Exists sein (jeden Taint tolerieren).</translation>
    </message>
    <message>
        <source>“%1” is not an effect: NoSchedule, PreferNoSchedule or NoExecute.</source>
        <translation>„%1“ ist kein Effekt: NoSchedule, PreferNoSchedule oder NoExecute.</translation>
    </message>
    <message>
        <source>tolerationSeconds applies to NoExecute only.</source>
        <translation>tolerationSeconds gilt nur für NoExecute.</translation>
    </message>
    <message>
        <source>Tolerate every taint</source>
        <translation>Jeden Taint tolerieren</translation>
    </message>
    <message>
        <source>Tolerate %1</source>
        <translation>%1 tolerieren</translation>
    </message>
    <message>
        <source>There is no toleration %1.</source>
        <translation>Es gibt keine Toleration %1.</translation>
    </message>
    <message>
        <source>Remove toleration %1</source>
        <translation>Toleration %1 entfernen</translation>
    </message>
</context>
<context>
    <name>fc::editors::YamlTreeModel</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>ja/nein</translation>
    </message>
    <message>
        <source>map</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>%1 does not parse: %2</source>
        <translation>%1 lässt sich nicht parsen: %2</translation>
    </message>
    <message>
        <source>%1 holds a single value, not a YAML document of keys or items.</source>
        <translation>%1 enthält einen einzelnen Wert, kein YAML-Dokument aus Schlüsseln oder Einträgen.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>ein Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>ein Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>no ConfigMap is loaded</source>
        <translation>keine ConfigMap geladen</translation>
    </message>
    <message>
        <source>Fix %1 as text first: %2</source>
        <translation>Korrigieren Sie %1 zuerst als Text: %2</translation>
    </message>
    <message>
        <source>Only entries of a map have keys.</source>
        <translation>Nur Einträge einer Zuordnung haben Schlüssel.</translation>
    </message>
    <message>
        <source>A key must not be empty.</source>
        <translation>Ein Schlüssel darf nicht leer sein.</translation>
    </message>
    <message>
        <source>“%1” exists already here.</source>
        <translation>„%1“ ist hier bereits vorhanden.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Only single values can be set; maps and lists hold entries.</source>
        <translation>Nur Einzelwerte können gesetzt werden; Zuordnungen und Listen enthalten Einträge.</translation>
    </message>
    <message>
        <source>“%1” is not %2: the value stays %2.</source>
        <translation>„%1“ ist nicht vom Typ %2: Der Wert bleibt vom Typ %2.</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Entries with keys go into maps.</source>
        <translation>Einträge mit Schlüsseln gehören in Zuordnungen.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Nothing is selected.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>fc::pkiui::ExportLayouts</name>
    <message>
        <source>Certificate (PEM)</source>
        <translation>Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>Certificate with chain (PEM)</source>
        <translation>Zertifikat mit Kette (PEM)</translation>
    </message>
    <message>
        <source>PEM files: certificate, key, CA</source>
        <translation>PEM-Dateien: Zertifikat, Schlüssel, CA</translation>
    </message>
    <message>
        <source>PKCS#12 (.p12, passphrase)</source>
        <translation>PKCS#12 (.p12, Passphrase)</translation>
    </message>
    <message>
        <source>NVIDIA FLARE startup kit — server</source>
        <translation>NVIDIA FLARE-Startup-Kit — Server</translation>
    </message>
    <message>
        <source>NVIDIA FLARE startup kit — client / admin</source>
        <translation>NVIDIA FLARE-Startup-Kit — Client / Admin</translation>
    </message>
    <message>
        <source>OpenFL director (director-cert)</source>
        <translation>OpenFL director (director-cert)</translation>
    </message>
    <message>
        <source>OpenFL envoy (envoy-cert)</source>
        <translation>OpenFL envoy (envoy-cert)</translation>
    </message>
    <message>
        <source>OpenFL notebook (notebook-cert)</source>
        <translation>OpenFL-Notebook (notebook-cert)</translation>
    </message>
    <message>
        <source>FATE pulsar (pulsar-cert)</source>
        <translation>FATE Pulsar (pulsar-cert)</translation>
    </message>
    <message>
        <source>FATE traffic-server (traffic-server-cert)</source>
        <translation>FATE traffic-server (traffic-server-cert)</translation>
    </message>
    <message>
        <source>the private key of this certificate is not available: FedConsole keeps keys only in memory, right after issuing. Issue or renew the certificate to export it with a key.</source>
        <translation>der private Schlüssel dieses Zertifikats ist nicht verfügbar: FedConsole hält Schlüssel nur direkt nach dem Ausstellen im Speicher. Stellen Sie das Zertifikat neu aus oder erneuern Sie es, um es mit Schlüssel zu exportieren.</translation>
    </message>
    <message>
        <source>a PKCS#12 file needs a passphrase</source>
        <translation>eine PKCS#12-Datei benötigt eine Passphrase</translation>
    </message>
    <message>
        <source>unknown export format</source>
        <translation>unbekanntes Exportformat</translation>
    </message>
</context>
<context>
    <name>fc::pkiui::PathField</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
</context>
</TS>
