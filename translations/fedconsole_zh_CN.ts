<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConfigMapForms</name>
    <message>
        <source>named by %1&apos;s %2</source>
        <translation>由 %1 的 %2 指定</translation>
    </message>
    <message>
        <source>microk8s&apos; ingress TCP map</source>
        <translation>microk8s ingress 的 TCP 映射表</translation>
    </message>
    <message>
        <source>microk8s&apos; ingress UDP map</source>
        <translation>microk8s ingress 的 UDP 映射表</translation>
    </message>
    <message>
        <source>KubeFATE&apos;s rollsite route table</source>
        <translation>KubeFATE 的 rollsite 路由表</translation>
    </message>
    <message>
        <source>OpenFL&apos;s %1</source>
        <translation>OpenFL 的 %1</translation>
    </message>
    <message>
        <source>envoy configuration</source>
        <translation>envoy 配置</translation>
    </message>
    <message>
        <source>director configuration</source>
        <translation>director 配置</translation>
    </message>
    <message>
        <source>a FATE route table (route_table)</source>
        <translation>FATE 路由表 (route_table)</translation>
    </message>
    <message>
        <source>the NVIDIA device plugin&apos;s time-slicing configuration</source>
        <translation>NVIDIA 设备插件的时间切片配置</translation>
    </message>
    <message>
        <source>an OpenFL envoy configuration (shard_descriptor)</source>
        <translation>OpenFL envoy 配置 (shard_descriptor)</translation>
    </message>
    <message>
        <source>OpenFL configuration</source>
        <translation>OpenFL 配置</translation>
    </message>
</context>
<context>
    <name>ExposePlan</name>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未做任何更改：%1</translation>
    </message>
    <message>
        <source>microk8s&apos; ingress (ingress-nginx, %1 %2)</source>
        <translation>microk8s 的 ingress (ingress-nginx, %1 %2)</translation>
    </message>
    <message>
        <source>ingress-nginx (%1 %2)</source>
        <translation>ingress-nginx (%1 %2)</translation>
    </message>
    <message>
        <source>%1 reads TCP routes from ConfigMap %2, which does not exist. Create it (empty) and FedConsole can expose Services through it.</source>
        <translation>%1 从 ConfigMap %2 读取 TCP 路由，但该 ConfigMap 不存在。请创建它（空的即可），之后 FedConsole 即可通过它暴露 Service。</translation>
    </message>
    <message>
        <source>%1 reads TCP routes from %2, but its pods open no host ports: it is reached through a Service. FedConsole can edit the TCP map; the port must also be added to that Service by hand.</source>
        <translation>%1 从 %2 读取 TCP 路由，但其 Pod 未开放任何主机端口：它通过 Service 访问。FedConsole 可以编辑 TCP 映射表；该端口还需手动添加到该 Service。</translation>
    </message>
    <message>
        <source>%1: FedConsole exposes a Service&apos;s TCP ports by adding rows to %2 and the same ports as containerPort/hostPort on container %3 (its pods restart).</source>
        <translation>%1：FedConsole 通过向 %2 添加行，并在容器 %3 上添加相同端口作为 containerPort/hostPort 来暴露 Service 的 TCP 端口（控制器的 Pod 会重启）。</translation>
    </message>
    <message>
        <source>The ingress here is Traefik (microk8s 1.35 and later ship it instead of ingress-nginx). FedConsole exposes TCP ports through ingress-nginx&apos;s TCP map only; with Traefik a TCP port needs an entryPoint in Traefik&apos;s configuration and an IngressRouteTCP, which FedConsole does not write. A NodePort or LoadBalancer Service for the server is the simpler way in.</source>
        <translation>此处的 ingress 是 Traefik（microk8s 1.35 及更高版本以它取代了 ingress-nginx）。FedConsole 仅通过 ingress-nginx 的 TCP 映射表暴露 TCP 端口；使用 Traefik 时，TCP 端口需要在 Traefik 配置中添加 entryPoint 并创建 IngressRouteTCP，而 FedConsole 不会写入这些内容。为服务器使用 NodePort 或 LoadBalancer 类型的 Service 是更简单的方式。</translation>
    </message>
    <message>
        <source>ingress-nginx (%1 %2) runs without --tcp-services-configmap: it forwards no TCP ports. Add --tcp-services-configmap=%3/tcp-services to its arguments and create that ConfigMap, then FedConsole can expose Services through it.</source>
        <translation>ingress-nginx (%1 %2) 运行时未设置 --tcp-services-configmap：它不转发任何 TCP 端口。请在其参数中添加 --tcp-services-configmap=%3/tcp-services 并创建该 ConfigMap，之后 FedConsole 即可通过它暴露 Service。</translation>
    </message>
    <message>
        <source>No ingress controller found here (neither ingress-nginx nor Traefik). On microk8s: microk8s enable ingress.</source>
        <translation>此处未找到 ingress 控制器（既没有 ingress-nginx，也没有 Traefik）。在 microk8s 上请运行：microk8s enable ingress。</translation>
    </message>
    <message>
        <source>The controller %1 has no container %2.</source>
        <translation>控制器 %1 中没有容器 %2。</translation>
    </message>
    <message>
        <source>Service %1/%2 has no TCP port.</source>
        <translation>Service %1/%2 没有 TCP 端口。</translation>
    </message>
    <message>
        <source>Service %1/%2 has no port %3.</source>
        <translation>Service %1/%2 没有端口 %3。</translation>
    </message>
    <message>
        <source>Port %1 is %2: the TCP map forwards TCP only.</source>
        <translation>端口 %1 是 %2 端口：TCP 映射表只转发 TCP。</translation>
    </message>
    <message>
        <source>Port %1 is reserved for %2.</source>
        <translation>端口 %1 已保留用于 %2。</translation>
    </message>
    <message>
        <source>Port %1 already forwards to %2.</source>
        <translation>端口 %1 已转发到 %2。</translation>
    </message>
    <message>
        <source>%1 is in the map already.</source>
        <translation>%1 已在映射表中。</translation>
    </message>
    <message>
        <source>host port %1/TCP is taken by %2 (containerPort %3).</source>
        <translation>主机端口 %1/TCP 已被 %2 占用 (containerPort %3)。</translation>
    </message>
    <message>
        <source>container %1 declares containerPort %2 already (%3) without that host port.</source>
        <translation>容器 %1 已声明 containerPort %2 (%3)，但没有该主机端口。</translation>
    </message>
    <message>
        <source>Port %1: %2</source>
        <translation>端口 %1：%2</translation>
    </message>
    <message>
        <source>Container %1 opens host port %2 already.</source>
        <translation>容器 %1 已开放主机端口 %2。</translation>
    </message>
    <message>
        <source>Port %1 is not in the map any more.</source>
        <translation>端口 %1 已不在映射表中。</translation>
    </message>
    <message>
        <source>Port %1 forwards to %2 now: left alone.</source>
        <translation>端口 %1 现在转发到 %2：保持不变。</translation>
    </message>
    <message>
        <source>Host port %1 still carries a map row: kept.</source>
        <translation>主机端口 %1 在映射表中仍有一行：已保留。</translation>
    </message>
    <message>
        <source>Container %1 does not open host port %2 (any more).</source>
        <translation>容器 %1 未开放（或已不再开放）主机端口 %2。</translation>
    </message>
</context>
<context>
    <name>IngressStreamMap</name>
    <message>
        <source>the controller skips this row: %1</source>
        <translation>控制器会跳过此行：%1</translation>
    </message>
    <message>
        <source>the controller&apos;s HTTP listener</source>
        <translation>控制器的 HTTP 监听器</translation>
    </message>
    <message>
        <source>the controller&apos;s HTTPS listener</source>
        <translation>控制器的 HTTPS 监听器</translation>
    </message>
    <message>
        <source>the controller&apos;s SSL passthrough proxy</source>
        <translation>控制器的 SSL 透传代理</translation>
    </message>
    <message>
        <source>the controller&apos;s health check and metrics</source>
        <translation>控制器的健康检查和指标</translation>
    </message>
    <message>
        <source>the controller&apos;s default backend</source>
        <translation>控制器的默认后端</translation>
    </message>
    <message>
        <source>nginx&apos;s profiler</source>
        <translation>nginx 的性能分析器</translation>
    </message>
    <message>
        <source>nginx&apos;s status page</source>
        <translation>nginx 的状态页</translation>
    </message>
    <message>
        <source>nginx&apos;s stream configuration</source>
        <translation>nginx 的 stream 配置</translation>
    </message>
    <message>
        <source>“%1” is not a %2 port number</source>
        <translation>“%1”不是 %2 端口号</translation>
    </message>
    <message>
        <source>%1 is not a port (1-65535): nginx cannot listen on it</source>
        <translation>%1 不是有效端口 (1-65535)：nginx 无法在其上监听</translation>
    </message>
    <message>
        <source>port %1 is reserved for %2</source>
        <translation>端口 %1 已保留用于 %2</translation>
    </message>
    <message>
        <source>“%1” is not namespace/service:port</source>
        <translation>“%1”不符合 namespace/service:port 格式</translation>
    </message>
    <message>
        <source>“%1” is not namespace/service</source>
        <translation>“%1”不符合 namespace/service 格式</translation>
    </message>
    <message>
        <source>the namespace “%1” %2</source>
        <translation>命名空间“%1”%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>the Service name “%1” %2</source>
        <translation>Service 名称“%1”%2</translation>
    </message>
    <message>
        <source>no Service port after “:”</source>
        <translation>“:”之后没有 Service 端口</translation>
    </message>
    <message>
        <source>%1 is not a port (1-65535)</source>
        <translation>%1 不是有效端口 (1-65535)</translation>
    </message>
    <message>
        <source>“%1” is neither a port number nor a port name (%2)</source>
        <translation>“%1”既不是端口号也不是端口名称 (%2)</translation>
    </message>
    <message>
        <source>the PROXY protocol applies to TCP only: the controller ignores “%1” in the UDP map</source>
        <translation>PROXY 协议仅适用于 TCP：控制器会忽略 UDP 映射表中的“%1”</translation>
    </message>
    <message>
        <source>“%1” is not PROXY: the controller ignores it</source>
        <translation>“%1”不是 PROXY：控制器会忽略它</translation>
    </message>
    <message>
        <source>more than two flags: the controller reads only the first PROXY and ignores the rest</source>
        <translation>标志超过两个：控制器只读取第一个 PROXY，忽略其余部分</translation>
    </message>
    <message>
        <source>Service %1 does not exist</source>
        <translation>Service %1 不存在</translation>
    </message>
    <message>
        <source>Service %1 has no %2 port %3</source>
        <translation>Service %1 没有 %2 端口 %3</translation>
    </message>
    <message>
        <source> (its port %1 is %2)</source>
        <translation> (其端口 %1 为 %2)</translation>
    </message>
    <message>
        <source> (it has %1)</source>
        <translation> (现有：%1)</translation>
    </message>
    <message>
        <source>no ports</source>
        <translation>无端口</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Service %1 has no ready endpoints for port %2</source>
        <translation>Service %1 的端口 %2 没有就绪的端点</translation>
    </message>
</context>
<context>
    <name>KubeValidation</name>
    <message>
        <source>must be no more than %1 characters</source>
        <translation>不能超过 %1 个字符</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>may contain only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (like key.name, KEY_NAME or key-name)</source>
        <translation>只能包含字母、数字、&apos;-&apos;、&apos;_&apos; 和 &apos;.&apos;（如 key.name、KEY_NAME 或 key-name）</translation>
    </message>
    <message>
        <source>must not be &apos;.&apos;</source>
        <translation>不能为 &apos;.&apos;</translation>
    </message>
    <message>
        <source>must not be &apos;..&apos;</source>
        <translation>不能为 &apos;..&apos;</translation>
    </message>
    <message>
        <source>must not start with &apos;..&apos;</source>
        <translation>不能以 &apos;..&apos; 开头</translation>
    </message>
    <message>
        <source>may contain only lower-case letters (a-z), digits (0-9) and &apos;-&apos;</source>
        <translation>只能包含小写字母 (a-z)、数字 (0-9) 和 &apos;-&apos;</translation>
    </message>
    <message>
        <source>must contain at least one letter (a-z)</source>
        <translation>必须至少包含一个字母 (a-z)</translation>
    </message>
    <message>
        <source>must not contain consecutive hyphens</source>
        <translation>不能包含连续的连字符</translation>
    </message>
    <message>
        <source>must not begin or end with a hyphen</source>
        <translation>不能以连字符开头或结尾</translation>
    </message>
    <message>
        <source>must consist of lower-case letters, digits and &apos;-&apos;, and start and end with a letter or digit</source>
        <translation>必须由小写字母、数字和 &apos;-&apos; 组成，并以字母或数字开头和结尾</translation>
    </message>
    <message>
        <source>must consist of lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, and start and end with a letter or digit</source>
        <translation>必须由小写字母、数字、&apos;-&apos; 和 &apos;.&apos; 组成，并以字母或数字开头和结尾</translation>
    </message>
    <message>
        <source>the prefix before &apos;/&apos; must not be empty</source>
        <translation>&apos;/&apos; 之前的前缀不能为空</translation>
    </message>
    <message>
        <source>prefix %1</source>
        <translation>前缀%1</translation>
    </message>
    <message>
        <source>may contain at most one &apos;/&apos;</source>
        <translation>最多只能包含一个 &apos;/&apos;</translation>
    </message>
    <message>
        <source>the name part must not be empty</source>
        <translation>名称部分不能为空</translation>
    </message>
    <message>
        <source>the name part %1</source>
        <translation>名称部分%1</translation>
    </message>
    <message>
        <source>the name part must consist of letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, and start and end with a letter or digit</source>
        <translation>名称部分必须由字母、数字、&apos;-&apos;、&apos;_&apos; 或 &apos;.&apos; 组成，并以字母或数字开头和结尾</translation>
    </message>
    <message>
        <source>must consist of letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, and start and end with a letter or digit</source>
        <translation>必须由字母、数字、&apos;-&apos;、&apos;_&apos; 或 &apos;.&apos; 组成，并以字母或数字开头和结尾</translation>
    </message>
    <message>
        <source>may contain only printable ASCII characters</source>
        <translation>只能包含可打印的 ASCII 字符</translation>
    </message>
    <message>
        <source>must not contain &apos;=&apos;</source>
        <translation>不能包含 &apos;=&apos;</translation>
    </message>
    <message>
        <source>is not a quantity (like 500m, 2, 1.5Gi or 10e3)</source>
        <translation>不是有效的数量（如 500m、2、1.5Gi 或 10e3）</translation>
    </message>
    <message>
        <source>is not a MIG resource name (nvidia.com/mig-&lt;g&gt;g.&lt;memory&gt;gb, like nvidia.com/mig-1g.10gb)</source>
        <translation>不是 MIG 资源名称（nvidia.com/mig-&lt;g&gt;g.&lt;memory&gt;gb，如 nvidia.com/mig-1g.10gb）</translation>
    </message>
    <message>
        <source>is not a standard resource (cpu, memory, ephemeral-storage, hugepages-&lt;size&gt;); extended resources need a domain prefix, like nvidia.com/gpu</source>
        <translation>不是标准资源（cpu、memory、ephemeral-storage、hugepages-&lt;size&gt;）；扩展资源需要域名前缀，如 nvidia.com/gpu</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>正在重新连接</translation>
    </message>
    <message>
        <source>unauthorized</source>
        <translation>未授权</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>无法访问</translation>
    </message>
    <message>
        <source>unauthorized: the server rejected the credentials of this context (%1)</source>
        <translation>未授权：服务器拒绝了此上下文的凭据 (%1)</translation>
    </message>
    <message>
        <source>forbidden: %1</source>
        <translation>禁止访问: %1</translation>
    </message>
    <message>
        <source>impersonating more than one group (as-groups) is not supported yet</source>
        <translation>尚不支持模拟多个组 (as-groups)</translation>
    </message>
    <message>
        <source>TLS handshake with the proxy failed: %1</source>
        <translation>与代理的 TLS 握手失败: %1</translation>
    </message>
    <message>
        <source>cannot connect to the proxy: %1</source>
        <translation>无法连接到代理: %1</translation>
    </message>
    <message>
        <source>%1 (set in preferences) is not an executable file</source>
        <translation>首选项中设置的 %1 不是可执行文件</translation>
    </message>
    <message>
        <source>not found on PATH</source>
        <translation>在 PATH 中未找到</translation>
    </message>
    <message>
        <source>no version in its output: %1</source>
        <translation>输出中没有版本信息: %1</translation>
    </message>
    <message>
        <source>gave no answer in 10 s</source>
        <translation>10 s 内无响应</translation>
    </message>
    <message>
        <source>exited with %1: %2</source>
        <translation>退出码 %1: %2</translation>
    </message>
    <message>
        <source>empty requirement in selector &apos;%1&apos;</source>
        <translation>选择器 &apos;%1&apos; 中有空条件</translation>
    </message>
    <message>
        <source>invalid label key &apos;%1&apos; in selector &apos;%2&apos;</source>
        <translation>选择器 &apos;%2&apos; 中的标签键 &apos;%1&apos; 无效</translation>
    </message>
    <message>
        <source>cannot create the drafts folder %1</source>
        <translation>无法创建草稿文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write the draft %1: %2</source>
        <translation>无法写入草稿 %1: %2</translation>
    </message>
    <message>
        <source>cannot write the draft %1</source>
        <translation>无法写入草稿 %1</translation>
    </message>
    <message>
        <source>cannot read the draft %1</source>
        <translation>无法读取草稿 %1</translation>
    </message>
    <message>
        <source>the draft %1 is damaged: %2</source>
        <translation>草稿 %1 已损坏: %2</translation>
    </message>
    <message>
        <source>invalid regular expression at %1: %2</source>
        <translation>正则表达式在位置 %1 处无效: %2</translation>
    </message>
    <message>
        <source>&lt;redacted: private key, %1 bytes&gt;</source>
        <comment>secret preview</comment>
        <translation>&lt;redacted: private key, %1 bytes&gt;</translation>
    </message>
    <message>
        <source>no known CA to verify against</source>
        <translation>没有可用于验证的已知 CA</translation>
    </message>
    <message>
        <source>Settings reset</source>
        <translation>设置已重置</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>（不存在）</translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation>在密钥环中记住(&amp;R)</translation>
    </message>
    <message>
        <source>Remember in keychain — %1</source>
        <translation>在密钥环中记住 — %1</translation>
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
        <translation>RSA 4096（每个密钥需数秒）</translation>
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
        <translation>“%1”不是有效的 DNS 名称（允许字母、数字、&apos;-&apos; 和点；每个标签 1-63 个字符）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IP address</source>
        <translation>“%1”不是有效的 IP 地址</translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取: %1</translation>
    </message>
    <message>
        <source>root</source>
        <translation>根 CA</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>中间 CA</translation>
    </message>
    <message>
        <source>no current-context in %1; pass --context</source>
        <translation>%1 中没有 current-context；请指定 --context</translation>
    </message>
    <message>
        <source>timed out after %1 s waiting for %2</source>
        <translation>等待 %2 超时（%1 s）</translation>
    </message>
    <message>
        <source>timed out after %1 s listing from %2</source>
        <translation>从 %2 列出资源超时（%1 s）</translation>
    </message>
    <message>
        <source>no contexts found in %1</source>
        <translation>在 %1 中未找到上下文</translation>
    </message>
    <message>
        <source>context %1 reaches the same cluster as %2 (%3): read once, as %2</source>
        <translation>上下文 %1 与 %2 指向同一集群（%3）：只读取一次，按 %2</translation>
    </message>
</context>
<context>
    <name>StuckRelease</name>
    <message>
        <source>A rollback</source>
        <translation>回滚操作</translation>
    </message>
    <message>
        <source>An install</source>
        <translation>安装操作</translation>
    </message>
    <message>
        <source>An upgrade</source>
        <translation>升级操作</translation>
    </message>
    <message>
        <source>%1 of revision %2 did not finish (helm was stopped or lost the cluster while it ran). Helm refuses every further install, upgrade or rollback of this release (&quot;another operation is in progress&quot;) until it is recovered; the objects may be half applied.</source>
        <translation>%1（修订版本 %2）未完成（helm 运行期间被停止或与集群断开连接）。在恢复之前，Helm 会拒绝此发布的所有后续安装、升级或回滚（“another operation is in progress”）；对象可能只应用了一半。</translation>
    </message>
    <message>
        <source>Roll back to revision %1, the last deployed one</source>
        <translation>回滚到修订版本 %1，即最近一次部署的版本</translation>
    </message>
    <message>
        <source>Roll back to revision %1, the last one that was deployed</source>
        <translation>回滚到修订版本 %1，即最后一个曾经部署过的版本</translation>
    </message>
    <message>
        <source>Uninstall the release (it was never deployed), then install it again</source>
        <translation>卸载该发布（它从未部署成功），然后重新安装</translation>
    </message>
</context>
<context>
    <name>ValuesSchema</name>
    <message>
        <source>%1: $ref &quot;%2&quot; does not name a schema in this file</source>
        <translation>%1: $ref &quot;%2&quot; 未指向此文件中的任何 schema</translation>
    </message>
    <message>
        <source>%1: invalid pattern &quot;%2&quot;: %3</source>
        <translation>%1: 无效的模式 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>schema error: $ref &quot;%1&quot; refers back to itself</source>
        <translation>schema 错误：$ref &quot;%1&quot; 引用了自身</translation>
    </message>
    <message>
        <source>schema error: $ref &quot;%1&quot; does not name a schema</source>
        <translation>schema 错误：$ref &quot;%1&quot; 未指向任何 schema</translation>
    </message>
    <message>
        <source>no value is allowed here</source>
        <translation>此处不允许任何值</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>必须是以下值之一: %1</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>必须为 %1</translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation>必须为 %1, 实际为 %2</translation>
    </message>
    <message>
        <source>must be &gt; %1</source>
        <translation>必须 &gt; %1</translation>
    </message>
    <message>
        <source>must be &gt;= %1</source>
        <translation>必须 &gt;= %1</translation>
    </message>
    <message>
        <source>must be &lt; %1</source>
        <translation>必须 &lt; %1</translation>
    </message>
    <message>
        <source>must be &lt;= %1</source>
        <translation>必须 &lt;= %1</translation>
    </message>
    <message>
        <source>must be a multiple of %1</source>
        <translation>必须是 %1 的倍数</translation>
    </message>
    <message>
        <source>must be at least %1 characters long</source>
        <translation>长度至少为 %1 个字符</translation>
    </message>
    <message>
        <source>must be at most %1 characters long</source>
        <translation>长度最多为 %1 个字符</translation>
    </message>
    <message>
        <source>does not match pattern %1</source>
        <translation>不匹配模式 %1</translation>
    </message>
    <message>
        <source>must have at least %1 items</source>
        <translation>至少需要 %1 个条目</translation>
    </message>
    <message>
        <source>must have at most %1 items</source>
        <translation>最多只能有 %1 个条目</translation>
    </message>
    <message>
        <source>must not have duplicate items (items %1 and %2 are equal)</source>
        <translation>不得包含重复条目（条目 %1 和 %2 相同）</translation>
    </message>
    <message>
        <source>must contain at least one matching item</source>
        <translation>必须至少包含一个匹配的条目</translation>
    </message>
    <message>
        <source>must have at least %1 properties</source>
        <translation>至少需要 %1 个属性</translation>
    </message>
    <message>
        <source>must have at most %1 properties</source>
        <translation>最多只能有 %1 个属性</translation>
    </message>
    <message>
        <source>missing required property &quot;%1&quot;</source>
        <translation>缺少必需属性 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing property &quot;%1&quot;, required when &quot;%2&quot; is set</source>
        <translation>缺少属性 &quot;%1&quot;（设置了 &quot;%2&quot; 时为必需）</translation>
    </message>
    <message>
        <source>property name &quot;%1&quot; is not allowed</source>
        <translation>不允许使用属性名 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>additional property &quot;%1&quot; is not allowed</source>
        <translation>不允许额外属性 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must match one of the alternatives</source>
        <translation>必须匹配其中一个备选项</translation>
    </message>
    <message>
        <source>must match exactly one of the alternatives (matched %1)</source>
        <translation>必须恰好匹配一个备选项（实际匹配 %1 个）</translation>
    </message>
    <message>
        <source>must not match the schema in &quot;not&quot;</source>
        <translation>不得匹配 &quot;not&quot; 中的 schema</translation>
    </message>
    <message>
        <source>values.schema.json must hold a JSON object, not %1</source>
        <translation>values.schema.json 必须包含 JSON 对象，而不是 %1</translation>
    </message>
    <message>
        <source>values.schema.json is not valid JSON: %1 (at character %2)</source>
        <translation>values.schema.json 不是有效的 JSON：%1（位于第 %2 个字符）</translation>
    </message>
    <message>
        <source>values.schema.json must hold a JSON object, not an array</source>
        <translation>values.schema.json 必须包含 JSON 对象，而不是数组</translation>
    </message>
    <message>
        <source>%1: must be %2, got %3</source>
        <translation>%1：必须是%2，实际为 %3</translation>
    </message>
    <message>
        <source>a schema (an object, true or false)</source>
        <translation>一个 schema（对象、true 或 false）</translation>
    </message>
    <message>
        <source>a schema or an array of schemas</source>
        <translation>一个 schema 或 schema 数组</translation>
    </message>
    <message>
        <source>a non-empty array of schemas</source>
        <translation>非空的 schema 数组</translation>
    </message>
    <message>
        <source>an object of schemas</source>
        <translation>由 schema 组成的对象</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>一个数组</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1：不能为空</translation>
    </message>
    <message>
        <source>a non-negative integer</source>
        <translation>非负整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>一个数字</translation>
    </message>
    <message>
        <source>a number greater than 0</source>
        <translation>大于 0 的数字</translation>
    </message>
    <message>
        <source>true or false (draft-04)</source>
        <translation>true 或 false（draft-04）</translation>
    </message>
    <message>
        <source>a number (true/false is draft-04&apos;s form: name that draft in &quot;$schema&quot;)</source>
        <translation>一个数字（true/false 是 draft-04 的写法：请在 &quot;$schema&quot; 中声明该 draft）</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>一个字符串</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>字符串数组</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice</source>
        <translation>%1：&quot;%2&quot; 重复出现</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a JSON Schema type (%3)</source>
        <translation>%1：&quot;%2&quot; 不是 JSON Schema 类型（%3）</translation>
    </message>
    <message>
        <source>a type name or an array of them</source>
        <translation>类型名或类型名数组</translation>
    </message>
    <message>
        <source>a type name</source>
        <translation>类型名</translation>
    </message>
</context>
<context>
    <name>WorkloadForm</name>
    <message>
        <source>The name %1.</source>
        <translation>名称%1。</translation>
    </message>
    <message>
        <source>%1: clusters before Kubernetes 1.32 refuse this name, and shells cannot read it (use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, not starting with a digit).</source>
        <translation>%1: Kubernetes 1.32 之前的集群会拒绝此名称，且 shell 无法读取它（请使用字母、数字、&apos;_&apos;、&apos;-&apos; 和 &apos;.&apos;，且不能以数字开头）。</translation>
    </message>
    <message>
        <source>%1 is set again (row %2 sets it too): the last one wins.</source>
        <translation>%1 被重复设置（第 %2 行也设置了它）：以最后一个为准。</translation>
    </message>
    <message>
        <source>A variable takes a value or a reference, not both.</source>
        <translation>变量只能设置值或引用，不能两者兼有。</translation>
    </message>
    <message>
        <source>Only one source at a time (%1).</source>
        <translation>一次只能使用一个来源 (%1)。</translation>
    </message>
    <message>
        <source>Which %1? The name is required.</source>
        <translation>请指定 %1 的名称（必填）。</translation>
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
        <translation>请指定键（必填）。</translation>
    </message>
    <message>
        <source>The key %1.</source>
        <translation>键%1。</translation>
    </message>
    <message>
        <source>containerPort must be between 1 and 65535.</source>
        <translation>containerPort 必须介于 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>hostPort must be between 1 and 65535 (or 0 for none).</source>
        <translation>hostPort 必须介于 1 到 65535 之间（0 表示不使用）。</translation>
    </message>
    <message>
        <source>“%1” is not a protocol: TCP, UDP or SCTP.</source>
        <translation>“%1”不是有效协议：应为 TCP、UDP 或 SCTP。</translation>
    </message>
    <message>
        <source>The port name %1.</source>
        <translation>端口名称%1。</translation>
    </message>
    <message>
        <source>%1 already names %2: port names are unique in a container.</source>
        <translation>%1 已用于命名 %2: 端口名称在同一容器内必须唯一。</translation>
    </message>
    <message>
        <source>%1 also names %2: a Service targeting the port by name may reach either.</source>
        <translation>%1 也用于命名 %2: 按名称指向该端口的 Service 可能到达其中任意一个。</translation>
    </message>
    <message>
        <source>%1 is listed twice in this container (row %2).</source>
        <translation>%1 在此容器中重复列出（第 %2 行）。</translation>
    </message>
    <message>
        <source>Host port %1/%2 is taken by %3: a node has one %2 port %1 per address.</source>
        <translation>主机端口 %1/%2 已被 %3 占用: 节点的每个地址上只能有一个 %2 端口 %1。</translation>
    </message>
    <message>
        <source>With hostNetwork the hostPort must equal the containerPort (%1).</source>
        <translation>使用 hostNetwork 时，hostPort 必须等于 containerPort (%1)。</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2。</translation>
    </message>
    <message>
        <source>“%1” %2.</source>
        <translation>“%1”%2。</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>必须大于或等于 0</translation>
    </message>
    <message>
        <source>%1 is counted in whole devices: %2 is not a whole number.</source>
        <translation>%1 按整台设备计数: %2 不是整数。</translation>
    </message>
    <message>
        <source>%1 cannot be overcommitted: set its limit (to the same number).</source>
        <translation>%1 不能超额分配：请设置其限制值（与请求值相同）。</translation>
    </message>
    <message>
        <source>must equal the %1 limit: extended resources cannot be overcommitted.</source>
        <translation>必须等于 %1 的限制值：扩展资源不能超额分配。</translation>
    </message>
    <message>
        <source>must be less than or equal to the %1 limit.</source>
        <translation>必须小于或等于 %1 的限制值。</translation>
    </message>
    <message>
        <source>The label key %1.</source>
        <translation>标签键%1。</translation>
    </message>
    <message>
        <source>The label value %1.</source>
        <translation>标签值%1。</translation>
    </message>
    <message>
        <source>“%1” is not an operator: Equal or Exists.</source>
        <translation>“%1” 不是有效的运算符：应为 Equal 或 Exists。</translation>
    </message>
    <message>
        <source>Without a key the operator must be Exists (tolerate every taint).</source>
        <translation>未指定键时，运算符必须为 Exists（容忍所有污点）。</translation>
    </message>
    <message>
        <source>With Exists there is no value (remove “%1” or use Equal).</source>
        <translation>使用 Exists 时不能设置值（请删除“%1”或改用 Equal）。</translation>
    </message>
    <message>
        <source>The value %1.</source>
        <translation>值%1。</translation>
    </message>
    <message>
        <source>“%1” is not an effect: NoSchedule, PreferNoSchedule or NoExecute (or empty for all).</source>
        <translation>“%1”不是有效效果：应为 NoSchedule、PreferNoSchedule 或 NoExecute（留空表示全部）。</translation>
    </message>
    <message>
        <source>tolerationSeconds applies to NoExecute only.</source>
        <translation>tolerationSeconds 仅适用于 NoExecute。</translation>
    </message>
    <message>
        <source>Replicas must be a whole number, 0 or more.</source>
        <translation>副本数必须是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>A pod needs at least one container.</source>
        <translation>Pod 至少需要一个容器。</translation>
    </message>
    <message>
        <source>The container name %1.</source>
        <translation>容器名称%1。</translation>
    </message>
    <message>
        <source>%1 also names %2: container names are unique in a pod.</source>
        <translation>%1 也是 %2 的名称：Pod 中的容器名称必须唯一。</translation>
    </message>
    <message>
        <source>An image is required.</source>
        <translation>必须指定镜像。</translation>
    </message>
    <message>
        <source>no workload is loaded</source>
        <translation>未加载工作负载</translation>
    </message>
    <message>
        <source>A %1 runs one pod per node: it has no replicas.</source>
        <translation>%1 在每个节点上运行一个 Pod：它没有副本。</translation>
    </message>
    <message>
        <source>Replicas must be 0 or more.</source>
        <translation>副本数必须大于或等于 0。</translation>
    </message>
    <message numerus="yes">
        <source>Scale to %n replica(s)</source>
        <translation>
            <numerusform>扩缩到 %n 个副本</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no %1 %2 in this namespace: the pod will not start.</source>
        <translation>此命名空间中没有 %1 %2：Pod 将无法启动。</translation>
    </message>
    <message>
        <source>%1 %2 has no key %3: the pod will not start.</source>
        <translation>%1 %2 中没有键 %3：Pod 将无法启动。</translation>
    </message>
    <message>
        <source>This object has no pod template (spec.template.spec).</source>
        <translation>此对象没有 Pod 模板 (spec.template.spec)。</translation>
    </message>
    <message>
        <source>There is no container %1.</source>
        <translation>不存在容器 %1。</translation>
    </message>
</context>
<context>
    <name>fc::AboutDialog</name>
    <message>
        <source>About FedConsole</source>
        <translation>关于 FedConsole</translation>
    </message>
    <message>
        <source>FedConsole icon</source>
        <translation>FedConsole 图标</translation>
    </message>
    <message>
        <source>&lt;h2&gt;FedConsole %1&lt;/h2&gt;&lt;p&gt;A desktop console for federated-learning deployments on Kubernetes: NVIDIA FLARE, OpenFL and FATE.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;FedConsole %1&lt;/h2&gt;&lt;p&gt;用于管理 Kubernetes 上联邦学习部署的桌面控制台：NVIDIA FLARE、OpenFL 和 FATE。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本信息</translation>
    </message>
    <message>
        <source>asking…</source>
        <translation>正在查询…</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>不可用：%1</translation>
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
        <translation>服务器返回的 %1 不是 JSON：%2</translation>
    </message>
    <message>
        <source>the server answered %1 where a %2 was expected</source>
        <translation>服务器返回了 %1，预期为 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 in namespace %3</source>
        <translation>在命名空间 %3 中 %1 %2</translation>
    </message>
</context>
<context>
    <name>fc::AddCluster</name>
    <message>
        <source>Context name: give the cluster a name</source>
        <translation>上下文名称：请为集群命名</translation>
    </message>
    <message>
        <source>Context name: no spaces, slashes or control characters</source>
        <translation>上下文名称：不能包含空格、斜杠或控制字符</translation>
    </message>
    <message>
        <source>Server URL: not a URL (https://host:port)</source>
        <translation>服务器 URL：不是有效的 URL (https://host:port)</translation>
    </message>
    <message>
        <source>Server URL: must start with https:// (a token is never sent in clear)</source>
        <translation>服务器 URL：必须以 https:// 开头（令牌绝不会以明文发送）</translation>
    </message>
    <message>
        <source>CA certificate: %1</source>
        <translation>CA 证书：%1</translation>
    </message>
    <message>
        <source>CA certificate: no PEM certificate found</source>
        <translation>CA 证书：未找到 PEM 证书</translation>
    </message>
    <message>
        <source>Namespace: lower-case letters, digits and &apos;-&apos;, at most 63 characters</source>
        <translation>命名空间：仅限小写字母、数字和 &apos;-&apos;，最多 63 个字符</translation>
    </message>
    <message>
        <source>Token: paste the bearer token (it is stored in the keychain, not in a file)</source>
        <translation>令牌：请粘贴 Bearer 令牌（它保存在密钥环中，而不是文件中）</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>无法在 %1 中写入: %2</translation>
    </message>
    <message>
        <source>line </source>
        <translation>行 </translation>
    </message>
    <message>
        <source>kubeconfig: it defines no context</source>
        <translation>kubeconfig：其中未定义任何上下文</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1: %2</translation>
    </message>
</context>
<context>
    <name>fc::AddClusterDialog</name>
    <message>
        <source>Add a cluster</source>
        <translation>添加集群</translation>
    </message>
    <message>
        <source>Paste a kubeconfig (as kubectl config view --raw prints it, or as your cluster&apos;s provider gives it). It is checked, then saved as a file of its own.</source>
        <translation>粘贴 kubeconfig（即 kubectl config view --raw 的输出，或集群提供商提供的内容）。它会先经过检查，然后另存为一个独立文件。</translation>
    </message>
    <message>
        <source>Kubeconfig text</source>
        <translation>Kubeconfig 文本</translation>
    </message>
    <message>
        <source>&amp;Paste a kubeconfig</source>
        <translation>粘贴 kubeconfig(&amp;P)</translation>
    </message>
    <message>
        <source>e.g. partner-hospital</source>
        <translation>例如 partner-hospital</translation>
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation>CA 证书 (PEM)</translation>
    </message>
    <message>
        <source>-----BEGIN CERTIFICATE-----  (empty: the system&apos;s trusted roots)</source>
        <translation>-----BEGIN CERTIFICATE-----  （留空：使用系统信任的根证书）</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>从文件(&amp;F)…</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.crt *.pem *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>stored in the desktop keychain, never in a file</source>
        <translation>保存在桌面密钥环中，绝不写入文件</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Context &amp;name:</source>
        <translation>上下文名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>服务器 URL(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Name&amp;space:</source>
        <translation>命名空间(&amp;S)：</translation>
    </message>
    <message>
        <source>No keychain can be reached (%1): a token cannot be stored safely, so this way is not available. Paste a kubeconfig instead.</source>
        <translation>无法访问任何密钥环 (%1)：无法安全地存储令牌，因此此方式不可用。请改为粘贴 kubeconfig。</translation>
    </message>
    <message>
        <source>Server &amp;URL and token</source>
        <translation>服务器 URL 和令牌(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Add cluster</source>
        <translation>添加集群(&amp;A)</translation>
    </message>
    <message>
        <source>Not added — the kubeconfig has problems:
%1</source>
        <translation>未添加 — kubeconfig 存在问题：
%1</translation>
    </message>
    <message>
        <source>No keychain: %1</source>
        <translation>无密钥环: %1</translation>
    </message>
    <message>
        <source>The token could not be stored in the keychain, nothing was added: %1</source>
        <translation>无法将令牌存储到密钥环中，未添加任何内容: %1</translation>
    </message>
</context>
<context>
    <name>fc::CaUnlocker</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The passphrase in the keychain did not work: %1</source>
        <translation>密钥环中的口令无效：%1</translation>
    </message>
    <message>
        <source>Passphrase of CA &quot;%1&quot; (its key is stored encrypted):</source>
        <translation>CA &quot;%1&quot; 的口令（其密钥以加密形式存储）：</translation>
    </message>
    <message>
        <source>Decrypting the CA key…</source>
        <translation>正在解密 CA 密钥…</translation>
    </message>
    <message>
        <source>Wrong passphrase for CA &quot;%1&quot;. Try again.</source>
        <translation>CA &quot;%1&quot; 的口令错误，请重试。</translation>
    </message>
    <message>
        <source>Passphrase of CA &quot;%1&quot; saved in the keychain.</source>
        <translation>CA &quot;%1&quot; 的口令已保存到密钥环。</translation>
    </message>
    <message>
        <source>Could not save the passphrase in the keychain: %1</source>
        <translation>无法将口令保存到密钥环：%1</translation>
    </message>
</context>
<context>
    <name>fc::CertificateInventory</name>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n day(s)</source>
        <comment>certificate status</comment>
        <translation>
            <numerusform>%n 天后过期</numerusform>
        </translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>SANs</source>
        <comment>subject alternative names</comment>
        <translation>SAN</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Chain</source>
        <comment>certificate chain verification</comment>
        <translation>证书链</translation>
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
        <translation>通用 PEM (cert.pem, key.pem, ca.pem)</translation>
    </message>
    <message>
        <source>NVIDIA FLARE server</source>
        <translation>NVIDIA FLARE 服务器</translation>
    </message>
    <message>
        <source>NVIDIA FLARE client / admin</source>
        <translation>NVIDIA FLARE 客户端 / 管理员</translation>
    </message>
    <message>
        <source>OpenFL director</source>
        <translation>OpenFL director</translation>
    </message>
    <message>
        <source>OpenFL envoy</source>
        <translation>OpenFL envoy</translation>
    </message>
    <message>
        <source>OpenFL notebook</source>
        <translation>OpenFL Notebook</translation>
    </message>
    <message>
        <source>FATE eggroll (server)</source>
        <translation>FATE eggroll（服务端）</translation>
    </message>
    <message>
        <source>FATE eggroll (client)</source>
        <translation>FATE eggroll（客户端）</translation>
    </message>
    <message>
        <source>FATE Pulsar broker</source>
        <translation>FATE Pulsar Broker</translation>
    </message>
    <message>
        <source>FATE traffic server</source>
        <translation>FATE Traffic Server</translation>
    </message>
    <message>
        <source>a namespace is required</source>
        <translation>需要指定命名空间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid namespace: lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit, at most 63 characters</source>
        <translation>&quot;%1&quot; 不是有效的命名空间：仅限小写字母、数字和 &apos;-&apos;，须以字母或数字开头和结尾，最多 63 个字符</translation>
    </message>
    <message>
        <source>a secret name is required</source>
        <translation>需要指定 Secret 名称</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid secret name: lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit, at most 253 characters</source>
        <translation>&quot;%1&quot; 不是有效的 Secret 名称：仅限小写字母、数字、&apos;-&apos; 和 &apos;.&apos;，须以字母或数字开头和结尾，最多 253 个字符</translation>
    </message>
    <message>
        <source>a key name is required</source>
        <translation>需要指定键名</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid secret key: letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, at most 253 characters</source>
        <translation>&quot;%1&quot; 不是有效的 Secret 键：仅限字母、数字、&apos;-&apos;、&apos;_&apos; 和 &apos;.&apos;，最多 253 个字符</translation>
    </message>
    <message>
        <source>the certificate, key and CA need different key names</source>
        <translation>证书、密钥和 CA 证书需要使用不同的键名</translation>
    </message>
    <message>
        <source>no certificate given</source>
        <translation>未提供证书</translation>
    </message>
    <message>
        <source>no private key given</source>
        <translation>未提供私钥</translation>
    </message>
    <message>
        <source>the private key is encrypted: a pod cannot type a passphrase, deploy the key unencrypted</source>
        <translation>私钥已加密：Pod 无法输入口令，请部署未加密的密钥</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the CA file is not a CA certificate</source>
        <translation>CA 文件中的 &quot;%1&quot; 不是 CA 证书</translation>
    </message>
    <message>
        <source>not allowed to write Secret %1: your account has no create/patch rights on secrets in namespace &quot;%2&quot; (server: %3)</source>
        <translation>无权写入 Secret %1：您的账号在命名空间 &quot;%2&quot; 中没有 Secret 的 create/patch 权限（服务器：%3）</translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot; does not exist (server: %2)</source>
        <translation>命名空间 &quot;%1&quot; 不存在（服务器：%2）</translation>
    </message>
    <message>
        <source>Secret %1 does not exist (server: %2)</source>
        <translation>Secret %1 不存在（服务器：%2）</translation>
    </message>
    <message>
        <source>the server rejected Secret %1 as invalid%2: %3</source>
        <translation>服务器以无效为由拒绝了 Secret %1%2: %3</translation>
    </message>
    <message>
        <source>fields of Secret %1 are managed by another tool; apply with force to take them over (server: %2)</source>
        <translation>Secret %1 的字段由其他工具管理；请强制应用以接管这些字段（服务器：%2）</translation>
    </message>
    <message>
        <source>Secret %1 changed since it was read; nothing was written. Read it again and retry (server: %2)</source>
        <translation>Secret %1 在读取后已被更改，未写入任何内容。请重新读取后重试（服务器：%2）</translation>
    </message>
    <message>
        <source>could not reach the cluster to write Secret %1</source>
        <translation>无法连接集群以写入 Secret %1</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; of secret &quot;%2&quot; holds no leaf certificate</source>
        <translation>Secret &quot;%2&quot; 的键 &quot;%1&quot; 中没有叶证书</translation>
    </message>
    <message>
        <source>secret &quot;%1&quot; holds no leaf certificate to renew</source>
        <translation>Secret &quot;%1&quot; 中没有可续期的叶证书</translation>
    </message>
    <message>
        <source>secret &quot;%1&quot; holds several certificates (%2): choose one</source>
        <translation>Secret &quot;%1&quot; 中有多个证书 (%2)：请选择一个</translation>
    </message>
    <message>
        <source>secret &quot;%1&quot; holds no private key matching &quot;%2&quot;: there is nowhere to put the renewed key</source>
        <translation>Secret &quot;%1&quot; 中没有与 &quot;%2&quot; 匹配的私钥：续期后的密钥无处存放</translation>
    </message>
    <message>
        <source>the certificate in secret &quot;%1&quot; has a %2 key, which FedConsole does not generate: choose the new key&apos;s type</source>
        <translation>Secret &quot;%1&quot; 中的证书使用 %2 密钥，FedConsole 不生成此类密钥：请选择新密钥的类型</translation>
    </message>
    <message>
        <source>Secret %1/%2 not found</source>
        <translation>未找到 Secret %1/%2</translation>
    </message>
    <message>
        <source>the renewal has no resourceVersion to write against</source>
        <translation>续期缺少可作为写入依据的 resourceVersion</translation>
    </message>
    <message>
        <source>Renew the certificate</source>
        <translation>续期证书</translation>
    </message>
</context>
<context>
    <name>fc::CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>New CA…</source>
        <translation>新建 CA…</translation>
    </message>
    <message>
        <source>Create a root or intermediate certificate authority</source>
        <translation>创建根证书颁发机构或中间证书颁发机构</translation>
    </message>
    <message>
        <source>Import CA…</source>
        <translation>导入 CA…</translation>
    </message>
    <message>
        <source>Import an existing CA certificate and key</source>
        <translation>导入现有的 CA 证书及其密钥</translation>
    </message>
    <message>
        <source>Issue certificate…</source>
        <translation>签发证书…</translation>
    </message>
    <message>
        <source>Issue a server or client certificate</source>
        <translation>签发服务器证书或客户端证书</translation>
    </message>
    <message>
        <source>Sign CSR…</source>
        <translation>签署 CSR…</translation>
    </message>
    <message>
        <source>Sign a certificate signing request</source>
        <translation>签署证书签名请求 (CSR)</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>续期…</translation>
    </message>
    <message>
        <source>Renew the selected certificate</source>
        <translation>为所选证书续期</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write the selected certificate as PEM, PKCS#12 or a framework layout</source>
        <translation>将所选证书写出为 PEM、PKCS#12 或框架所需的目录结构</translation>
    </message>
    <message>
        <source>Deploy to Secret…</source>
        <translation>部署为 Secret…</translation>
    </message>
    <message>
        <source>Create a Kubernetes Secret from the selected certificate and its in-memory key</source>
        <translation>用所选证书及其内存中的密钥创建 Kubernetes Secret</translation>
    </message>
    <message>
        <source>Federation wizard…</source>
        <translation>联邦向导…</translation>
    </message>
    <message>
        <source>Create a CA and every party&apos;s certificate for a FLARE, OpenFL or FATE federation</source>
        <translation>为 FLARE、OpenFL 或 FATE 联邦创建 CA 及所有参与方的证书</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Reload the certificates from disk</source>
        <translation>从磁盘重新加载证书</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F):</translation>
    </message>
    <message>
        <source>subject, issuer, SAN, serial, status…</source>
        <translation>主题、颁发者、SAN、序列号、状态…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>本应用</translation>
    </message>
    <message>
        <source>%1 of %2 certificates</source>
        <translation>%1/%2 个证书</translation>
    </message>
    <message>
        <source>Cannot read the certificate store: %1</source>
        <translation>无法读取证书存储: %1</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#666&apos;&gt;Select a certificate to see its details.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#666&apos;&gt;选择一个证书以查看其详细信息。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <source>SANs</source>
        <translation>SAN</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Basic constraints</source>
        <translation>基本约束</translation>
    </message>
    <message>
        <source>CA, path length %1</source>
        <translation>CA，路径长度 %1</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>end entity</source>
        <translation>终端实体</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>密钥用法</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>扩展密钥用法</translation>
    </message>
    <message>
        <source>Role (unstructuredName)</source>
        <translation>角色 (unstructuredName)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>stored encrypted in the CA store</source>
        <translation>加密存储在 CA 存储中</translation>
    </message>
    <message>
        <source>not kept by FedConsole</source>
        <translation>FedConsole 不保留</translation>
    </message>
    <message>
        <source>in memory (issued this session): Export… or Deploy to Secret…</source>
        <translation>在内存中（本次会话中签发）：可使用“导出…”或“部署为 Secret…”</translation>
    </message>
    <message>
        <source>Issued %1 (serial %2). Its key is kept in memory for Export… and Deploy to Secret… until FedConsole quits.</source>
        <translation>已签发 %1（序列号 %2）。其密钥将保留在内存中供“导出…”和“部署为 Secret…”使用，直到 FedConsole 退出。</translation>
    </message>
    <message>
        <source>Created CA &quot;%1&quot;.</source>
        <translation>已创建 CA “%1”。</translation>
    </message>
    <message>
        <source>Imported CA &quot;%1&quot;; its key is stored encrypted.</source>
        <translation>已导入 CA “%1”；其密钥已加密存储。</translation>
    </message>
    <message>
        <source>Signed %1 (serial %2).</source>
        <translation>已签署 %1（序列号 %2）。</translation>
    </message>
    <message>
        <source>Select an issued (non-CA) certificate to renew.</source>
        <translation>请选择一个要续期的已签发证书（非 CA）。</translation>
    </message>
    <message>
        <source>Select a certificate to export.</source>
        <translation>请选择要导出的证书。</translation>
    </message>
    <message>
        <source>Wrote %1 in %2.</source>
        <translation>已将 %1 写入 %2。</translation>
    </message>
    <message>
        <source>Only a certificate issued in this session can be deployed: its key is kept in memory only.</source>
        <translation>只能部署本次会话中签发的证书：其密钥仅保存在内存中。</translation>
    </message>
    <message>
        <source>Details of the selected certificate</source>
        <translation>所选证书的详细信息</translation>
    </message>
</context>
<context>
    <name>fc::ClusterCertificateModel</name>
    <message>
        <source>not connected to a cluster</source>
        <translation>未连接到集群</translation>
    </message>
    <message>
        <source>Reading secrets…</source>
        <translation>正在读取 Secret…</translation>
    </message>
    <message>
        <source>could not list secrets: %1</source>
        <translation>无法列出 Secret: %1</translation>
    </message>
    <message>
        <source>could not list pods, &quot;Mounted by&quot; is empty: %1</source>
        <translation>无法列出 Pod，“挂载者”为空: %1</translation>
    </message>
    <message>
        <source>Reading pods… %1</source>
        <translation>正在读取 Pod… %1</translation>
    </message>
    <message>
        <source>Reading secrets… %1</source>
        <translation>正在读取 Secret… %1</translation>
    </message>
    <message>
        <source>Reading certificates…</source>
        <translation>正在读取证书…</translation>
    </message>
    <message>
        <source>1 certificate</source>
        <translation>1 个证书</translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation>%1 个证书</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (已过期)</translation>
    </message>
    <message>
        <source>%1 (1 day left)</source>
        <translation>%1 (剩余 1 天)</translation>
    </message>
    <message>
        <source>%1 (%2 days left)</source>
        <translation>%1 (剩余 %2 天)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>data key of a secret</comment>
        <translation>键</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>SANs</source>
        <comment>subject alternative names</comment>
        <translation>SAN</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Chain</source>
        <comment>certificate chain verification</comment>
        <translation>证书链</translation>
    </message>
    <message>
        <source>Mounted by</source>
        <translation>挂载者</translation>
    </message>
</context>
<context>
    <name>fc::ClusterCertificatesView</name>
    <message>
        <source>All namespaces</source>
        <translation>所有命名空间</translation>
    </message>
    <message>
        <source>Filter by secret, subject, SAN, pod…</source>
        <translation>按 Secret、主题、SAN、Pod 筛选…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;new into secret…</source>
        <translation>续期到 Secret(&amp;N)…</translation>
    </message>
    <message>
        <source>Issue a renewed certificate (same subject and SANs) from a CA of the store and write it into the secret it came from</source>
        <translation>使用证书库中的 CA 签发续期证书（主题和 SAN 不变），并写回其来源 Secret</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Renewed the certificate in secret %1/%2 (serial %3).</source>
        <translation>已续期 Secret %1/%2 中的证书 (序列号 %3)。</translation>
    </message>
    <message>
        <source>Filter the cluster&apos;s certificates</source>
        <translation>筛选集群中的证书</translation>
    </message>
</context>
<context>
    <name>fc::ClusterOverviewModel</name>
    <message>
        <source>only the namespaces %1 may be listed: %2</source>
        <translation>只能列出命名空间 %1：%2</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>可访问</translation>
    </message>
    <message numerus="yes">
        <source> — next attempt in %n s</source>
        <translation>
            <numerusform> — %n 秒后重试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reachable</source>
        <translation>
            <numerusform>%n 个可访问</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connecting</source>
        <translation>
            <numerusform>%n 个正在连接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reconnecting</source>
        <translation>
            <numerusform>%n 个正在重连</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unauthorized</source>
        <translation>
            <numerusform>%n 个未授权</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n 个不可访问</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be opened</source>
        <translation>
            <numerusform>%n 个无法打开</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not open</source>
        <translation>
            <numerusform>%n 个未打开</numerusform>
        </translation>
    </message>
    <message>
        <source>1 context</source>
        <translation>1 个上下文</translation>
    </message>
    <message>
        <source>%1 contexts</source>
        <translation>%1 个上下文</translation>
    </message>
    <message>
        <source>the cluster cannot be read: nothing was listed</source>
        <translation>无法读取该集群：未列出任何内容</translation>
    </message>
    <message>
        <source>the cluster cannot be read now: as last seen</source>
        <translation>当前无法读取该集群：显示最后一次所见</translation>
    </message>
    <message>
        <source>the server refused the list</source>
        <translation>服务器拒绝了列出请求</translation>
    </message>
    <message>
        <source>%1 — pinned: opened at start</source>
        <translation>%1 — 已固定：启动时打开</translation>
    </message>
    <message>
        <source>%1, pinned</source>
        <translation>%1，已固定</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>不可见</translation>
    </message>
    <message>
        <source>%1 (some namespaces)</source>
        <translation>%1（部分命名空间）</translation>
    </message>
    <message>
        <source>%1 of %2 held</source>
        <translation>已占用 %1 / %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>none expiring</source>
        <translation>无即将过期</translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n 个已过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiring</source>
        <translation>
            <numerusform>%n 个即将过期</numerusform>
        </translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Federations</source>
        <translation>联邦</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
</context>
<context>
    <name>fc::ClusterOverviewPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Clo&amp;se</source>
        <translation>关闭(&amp;S)</translation>
    </message>
    <message>
        <source>Show in &amp;Resources</source>
        <translation>在资源中显示(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pin at start</source>
        <translation>启动时固定(&amp;P)</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Open the selected contexts: their connections stay live in the background</source>
        <translation>打开所选上下文：其连接在后台保持实时</translation>
    </message>
    <message>
        <source>Close the selected contexts: their watches end and their parties leave the federation view</source>
        <translation>关闭所选上下文：其监视结束，其参与方离开联邦视图</translation>
    </message>
    <message>
        <source>Make the selected context the current one (Enter, or a double click)</source>
        <translation>将所选上下文设为当前上下文（回车或双击）</translation>
    </message>
    <message>
        <source>Pin or unpin the selected contexts: pinned contexts open when FedConsole starts</source>
        <translation>固定或取消固定所选上下文：固定的上下文在 FedConsole 启动时打开</translation>
    </message>
</context>
<context>
    <name>fc::ConfigMapEditorWidget</name>
    <message>
        <source>Ingress TCP ports</source>
        <translation>Ingress TCP 端口</translation>
    </message>
    <message>
        <source>Ingress UDP ports</source>
        <translation>Ingress UDP 端口</translation>
    </message>
    <message>
        <source>FATE routes (%1)</source>
        <translation>FATE 路由 (%1)</translation>
    </message>
    <message>
        <source>GPU time-slicing (%1)</source>
        <translation>GPU 时间分片 (%1)</translation>
    </message>
    <message>
        <source>Tree (%1)</source>
        <translation>树形视图 (%1)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>键</translation>
    </message>
    <message>
        <source>&amp;Add key</source>
        <translation>添加键(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete key</source>
        <translation>删除键(&amp;D)</translation>
    </message>
    <message>
        <source>Value of the selected key</source>
        <translation>所选键的值</translation>
    </message>
    <message>
        <source>Replace from &amp;file…</source>
        <translation>从文件替换(&amp;F)…</translation>
    </message>
    <message>
        <source>The file&apos;s bytes become the value: text goes to data, anything else to binaryData</source>
        <translation>文件的字节将成为值：文本存入 data，其他内容存入 binaryData</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>保存到文件(&amp;S)…</translation>
    </message>
    <message>
        <source>Replace %1 from file</source>
        <translation>从文件替换 %1</translation>
    </message>
    <message>
        <source>Save %1 to file</source>
        <translation>将 %1 保存到文件</translation>
    </message>
    <message>
        <source>port </source>
        <translation>端口 </translation>
    </message>
    <message>
        <source>namespace/service:port</source>
        <translation>命名空间/Service:端口</translation>
    </message>
    <message>
        <source>&amp;Add mapping</source>
        <translation>添加映射(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Port %1: %2</source>
        <translation>端口 %1: %2</translation>
    </message>
    <message>
        <source>Write the target as namespace/service:port, e.g. default/web:8080.</source>
        <translation>请按“命名空间/Service:端口”格式填写目标，例如 default/web:8080。</translation>
    </message>
    <message>
        <source>Only PROXY may follow the port, not &quot;%1&quot;.</source>
        <translation>端口后面只能跟 PROXY，不能跟“%1”。</translation>
    </message>
    <message>
        <source>party id</source>
        <translation>参与方 ID</translation>
    </message>
    <message>
        <source>host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Allow by default</source>
        <translation>默认允许</translation>
    </message>
    <message>
        <source>&amp;Add route</source>
        <translation>添加路由(&amp;A)</translation>
    </message>
    <message>
        <source>%1 does not parse: %2</source>
        <translation>%1 无法解析: %2</translation>
    </message>
    <message>
        <source>Rename by default (….shared)</source>
        <translation>默认重命名 (….shared)</translation>
    </message>
    <message>
        <source>Fail requests greater than one</source>
        <translation>拒绝大于 1 的请求</translation>
    </message>
    <message>
        <source>&amp;Add resource</source>
        <translation>添加资源(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove entry</source>
        <translation>删除条目(&amp;R)</translation>
    </message>
    <message>
        <source>Value of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 的值</translation>
    </message>
    <message>
        <source>Select a key to see its value.</source>
        <translation>选择一个键以查看其值。</translation>
    </message>
    <message>
        <source>%1 — binary data (binaryData), not shown as text. Save it to a file to look at it, or replace it from a file.</source>
        <translation>%1 — 二进制数据（binaryData），不以文本显示。可将其保存到文件中查看，或从文件替换。</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: 有效</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes: a ConfigMap holds at most 1 MiB.</source>
        <translation>%1 大小为 %2 字节：ConfigMap 最多只能容纳 1 MiB。</translation>
    </message>
    <message>
        <source>There is no key %1.</source>
        <translation>不存在键 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1: %2</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>只读: %1</translation>
    </message>
    <message>
        <source>This is %1. Each row opens an external port on every node running the ingress controller and forwards it to a Service port. The controller also needs the port as a hostPort on its pods.</source>
        <translation>这是%1。每一行都会在运行 Ingress 控制器的每个节点上打开一个外部端口，并将其转发到某个 Service 端口。控制器的 Pod 还需要把该端口作为 hostPort。</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>%1 could not be listed, so rows are not checked against them: %2</source>
        <translation>无法列出 %1，因此不会据此检查各行：%2</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>EndpointSlices</source>
        <translation>EndpointSlice</translation>
    </message>
    <message>
        <source>External port</source>
        <translation>外部端口</translation>
    </message>
</context>
<context>
    <name>fc::ConflictDialog</name>
    <message>
        <source>Changed on the server while you edited</source>
        <translation>您编辑期间服务器上已发生更改</translation>
    </message>
    <message>
        <source>Someone else changed this object. None of their changes touch the fields you edited: your changes below are carried over to the server&apos;s version.</source>
        <translation>其他人修改了此对象。这些更改均未涉及您编辑的字段：您在下方的更改将沿用到服务器上的版本。</translation>
    </message>
    <message numerus="yes">
        <source>Someone else changed this object. Your changes below are carried over to the server&apos;s version; %n field(s) were changed on both sides — choose for each.</source>
        <translation>
            <numerusform>其他人修改了此对象。您在下方的更改将沿用到服务器上的版本；有 %n 个字段在双方都被修改——请逐一选择。</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>You started from</source>
        <translation>您的起始值</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>您的值</translation>
    </message>
    <message>
        <source>Server&apos;s value</source>
        <translation>服务器的值</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Keep for %1</source>
        <translation>为 %1 保留</translation>
    </message>
    <message>
        <source>Your changes, carried over:</source>
        <translation>您已沿用的更改：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Continue from the server&apos;s version</source>
        <translation>基于服务器版本继续(&amp;C)</translation>
    </message>
    <message>
        <source>Keep &amp;editing as before</source>
        <translation>保持原样继续编辑(&amp;E)</translation>
    </message>
</context>
<context>
    <name>fc::ConnectionWorker</name>
    <message>
        <source>proxy %1: %2</source>
        <translation>代理 %1: %2</translation>
    </message>
    <message>
        <source>the server answered 401 Unauthorized</source>
        <translation>服务器返回 401 Unauthorized</translation>
    </message>
    <message>
        <source>request cancelled</source>
        <translation>请求已取消</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>无法连接 %1: %2</translation>
    </message>
    <message>
        <source>invalid JSON from the server: %1</source>
        <translation>服务器返回的 JSON 无效：%1</translation>
    </message>
</context>
<context>
    <name>fc::DetailsPane</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not load the object: %1</source>
        <translation>无法加载对象: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Details of the selected object</source>
        <translation>所选对象的详细信息</translation>
    </message>
</context>
<context>
    <name>fc::ExpiryWatch</name>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 已于 %2 过期</translation>
    </message>
    <message>
        <source>%1 expires on %2</source>
        <translation>%1 将于 %2 过期</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expire within %1 days</source>
        <translation>
            <numerusform>%n 个证书将在 %1 天内过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) have expired</source>
        <translation>
            <numerusform>%n 个证书已过期</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (local store)</source>
        <translation>%1（本地存储）</translation>
    </message>
    <message>
        <source>%1/%2 %3 (cluster %4)</source>
        <translation>%1/%2 %3（集群 %4）</translation>
    </message>
</context>
<context>
    <name>fc::ExportDialog</name>
    <message>
        <source>Export certificate</source>
        <translation>导出证书</translation>
    </message>
    <message>
        <source>The private key is in memory (issued in this session): every format is available.</source>
        <translation>私钥位于内存中（在本次会话中签发）：所有格式均可用。</translation>
    </message>
    <message>
        <source>FedConsole keeps private keys only in memory right after issuing; this certificate&apos;s key is not available, so only certificate formats can be written. Use Renew… to get a new key.</source>
        <translation>FedConsole 仅在刚签发后将私钥保存在内存中；此证书的私钥不可用，因此只能写出证书格式。请使用“续期…”获取新密钥。</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>证书：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Base name:</source>
        <translation>基本名称(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>目录(&amp;D)：</translation>
    </message>
    <message>
        <source>PKCS#12 &amp;passphrase:</source>
        <translation>PKCS#12 口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>确认(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Choose the directory to write to.</source>
        <translation>请选择要写入的目录。</translation>
    </message>
    <message>
        <source>A PKCS#12 file needs a passphrase.</source>
        <translation>PKCS#12 文件需要口令。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
</context>
<context>
    <name>fc::ExposeDialog</name>
    <message>
        <source>Expose through ingress — %1</source>
        <translation>通过 Ingress 暴露 — %1</translation>
    </message>
    <message>
        <source>the Service whose ports the ingress controller forwards</source>
        <translation>由 Ingress 控制器转发其端口的 Service</translation>
    </message>
    <message>
        <source>Where the ingress controller runs (&quot;ingress&quot; on microk8s)</source>
        <translation>Ingress 控制器所在的命名空间（microk8s 上为 &quot;ingress&quot;）</translation>
    </message>
    <message>
        <source>Expose: add TCP map rows and host ports</source>
        <translation>暴露：添加 TCP 映射行和主机端口</translation>
    </message>
    <message>
        <source>Remove exposure: take back what exposing added</source>
        <translation>取消暴露：撤销暴露时添加的内容</translation>
    </message>
    <message>
        <source>Service &amp;namespace:</source>
        <translation>Service 命名空间(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>Service(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Ingress namespace:</source>
        <translation>Ingress 命名空间(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>TCP map</source>
        <translation>TCP 映射</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>控制器</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>试运行(&amp;D)</translation>
    </message>
    <message>
        <source>Both writes checked by the server with dryRun=All; nothing is stored</source>
        <translation>服务器以 dryRun=All 检查两次写入；不会保存任何内容</translation>
    </message>
    <message>
        <source>&amp;Write both…</source>
        <translation>两者都写入(&amp;W)…</translation>
    </message>
    <message>
        <source>Asks first; enabled after a dry run of exactly this choice</source>
        <translation>会先询问；需先对完全相同的选择执行试运行后才可用</translation>
    </message>
    <message>
        <source>Cannot read Service %1/%2: %3</source>
        <translation>无法读取 Service %1/%2: %3</translation>
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
        <translation>只有 TCP 端口经由 TCP 映射转发</translation>
    </message>
    <message>
        <source>Service %1/%2 has no ports to expose.</source>
        <translation>Service %1/%2 没有可暴露的端口。</translation>
    </message>
    <message>
        <source>Tick the ports, then run a dry run to see both changes.</source>
        <translation>勾选端口，然后执行试运行以查看两处更改。</translation>
    </message>
    <message>
        <source>Remove the exposure of %1/%2 (ports %3)?</source>
        <translation>取消暴露 %1/%2（端口 %3）？</translation>
    </message>
    <message>
        <source>Expose %1/%2 (ports %3) through the ingress controller?</source>
        <translation>通过 Ingress 控制器暴露 %1/%2（端口 %3）？</translation>
    </message>
    <message>
        <source>This writes ConfigMap %1 and then %2 %3/%4, whose pods restart to take the new ports. If the second write fails, the ConfigMap is put back.</source>
        <translation>此操作先写入 ConfigMap %1，再写入 %2 %3/%4，其 Pod 将重启以使用新端口。如果第二次写入失败，ConfigMap 将被恢复。</translation>
    </message>
    <message>
        <source>Name the Service, its namespace and the ingress namespace.</source>
        <translation>请填写 Service、其命名空间以及 Ingress 命名空间。</translation>
    </message>
    <message>
        <source># no change
</source>
        <translation># 无更改
</translation>
    </message>
    <message>
        <source>Nothing to write: everything asked for is already so.</source>
        <translation>无需写入：所请求的内容均已就绪。</translation>
    </message>
    <message>
        <source>Dry run passed: map rows %1, host ports %2. The server accepted both writes; nothing is stored yet.</source>
        <translation>试运行通过：映射行 %1，主机端口 %2。服务器接受了两次写入；尚未保存任何内容。</translation>
    </message>
    <message>
        <source>Written: map rows %1, host ports %2.</source>
        <translation>已写入：映射行 %1，主机端口 %2。</translation>
    </message>
    <message>
        <source>Following the rollout of %1 %2/%3…</source>
        <translation>正在跟踪 %1 %2/%3 的滚动更新…</translation>
    </message>
    <message>
        <source> — stopped following after %1 minutes</source>
        <translation> — %1 分钟后停止跟踪</translation>
    </message>
    <message>
        <source>Cannot read %1 %2/%3: %4</source>
        <translation>无法读取 %1 %2/%3: %4</translation>
    </message>
    <message>
        <source>Rollout of %1 %2: %3</source>
        <translation>%1 %2 的滚动更新: %3</translation>
    </message>
    <message>
        <source>&amp;Remove exposure…</source>
        <translation>取消暴露(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Expose…</source>
        <translation>暴露(&amp;E)…</translation>
    </message>
    <message>
        <source>The overseer and servers of the NVIDIA FLARE federations recognised on this cluster</source>
        <translation>此集群上识别出的 NVIDIA FLARE 联邦的 overseer 和服务器</translation>
    </message>
    <message>
        <source>&amp;Federation party:</source>
        <translation>联邦参与方(&amp;F)：</translation>
    </message>
    <message>
        <source>(a Service of your choice)</source>
        <translation>（自选 Service）</translation>
    </message>
    <message>
        <source>%1 — %2 %3: Service %4/%5, ports %6</source>
        <translation>%1 — %2 %3：Service %4/%5，端口 %6</translation>
    </message>
    <message>
        <source>The dry run was refused, so nothing was written:</source>
        <translation>试运行被拒绝，因此未写入任何内容：</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>TCP map diff</source>
        <translation>TCP 映射差异</translation>
    </message>
    <message>
        <source>Controller diff</source>
        <translation>控制器差异</translation>
    </message>
</context>
<context>
    <name>fc::Federation</name>
    <message>
        <source>healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>party</source>
        <translation>参与方</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>target not found</source>
        <translation>未找到目标</translation>
    </message>
    <message>
        <source>target cannot be read (%1)</source>
        <translation>无法读取目标（%1）</translation>
    </message>
    <message>
        <source>target answers (%1/%2 pods ready)</source>
        <translation>目标有响应（%1/%2 个 Pod 就绪）</translation>
    </message>
    <message>
        <source>target does not answer (%1/%2 pods ready)</source>
        <translation>目标无响应（%1/%2 个 Pod 就绪）</translation>
    </message>
</context>
<context>
    <name>fc::FederationEngine</name>
    <message>
        <source>pod %1: container %2 in CrashLoopBackOff (%3 restarts)</source>
        <translation>Pod %1：容器 %2 处于 CrashLoopBackOff（重启 %3 次）</translation>
    </message>
    <message>
        <source>pod %1: container %2 %3</source>
        <translation>Pod %1：容器 %2 %3</translation>
    </message>
    <message>
        <source>pod %1 pending: %2</source>
        <translation>Pod %1 处于 Pending: %2</translation>
    </message>
    <message>
        <source>pod %1 failed</source>
        <translation>Pod %1 已失败</translation>
    </message>
    <message>
        <source>%1 %2 wants %3</source>
        <translation>%1 %2 需要 %3 个</translation>
    </message>
    <message>
        <source>no pods running</source>
        <translation>没有正在运行的 Pod</translation>
    </message>
    <message>
        <source>no pods running (%1)</source>
        <translation>没有正在运行的 Pod（%1）</translation>
    </message>
    <message>
        <source>no pod ready (0/%1)</source>
        <translation>没有就绪的 Pod（0/%1）</translation>
    </message>
    <message>
        <source>%1 of %2 pods not ready</source>
        <translation>%2 个 Pod 中有 %1 个未就绪</translation>
    </message>
    <message>
        <source>required component %1 missing</source>
        <translation>缺少必需组件 %1</translation>
    </message>
    <message>
        <source>certificate secret %1 expired on %2</source>
        <translation>证书 Secret %1 已于 %2 过期</translation>
    </message>
    <message>
        <source>certificate secret %1 expires in %2 days (%3)</source>
        <translation>证书 Secret %1 将在 %2 天后过期（%3）</translation>
    </message>
    <message>
        <source>%1 %2 is red: %3</source>
        <translation>%1 %2 故障: %3</translation>
    </message>
    <message>
        <source>%1 %2 is %3: %4</source>
        <translation>%1 %2 为 %3: %4</translation>
    </message>
    <message>
        <source>certificate secret %1 not found</source>
        <translation>未找到证书 Secret %1</translation>
    </message>
    <message>
        <source>envoy uses director port %1, which the director&apos;s services do not expose</source>
        <translation>envoy 使用 director 端口 %1，但 director 的 Service 未暴露该端口</translation>
    </message>
    <message>
        <source>envoy points at director %1, which was not found</source>
        <translation>envoy 指向的 director %1 未找到</translation>
    </message>
    <message>
        <source>cannot tell which director this envoy uses (no director address found)</source>
        <translation>无法确定此 envoy 使用哪个 director（未找到 director 地址）</translation>
    </message>
    <message>
        <source>no FLARE server found (%1 cannot connect)</source>
        <translation>未找到 FLARE 服务器（%1 无法连接）</translation>
    </message>
    <message>
        <source>no OpenFL director found</source>
        <translation>未找到 OpenFL director</translation>
    </message>
    <message>
        <source>no OpenFL director &apos;%1&apos; found</source>
        <translation>未找到 OpenFL director &apos;%1&apos;</translation>
    </message>
    <message>
        <source>party %1 has no route table</source>
        <translation>参与方 %1 没有路由表</translation>
    </message>
    <message>
        <source>party %1 routes default traffic to %2:%3</source>
        <translation>参与方 %1 将默认流量路由到 %2:%3</translation>
    </message>
    <message>
        <source>no FATE exchange found (%1)</source>
        <translation>未找到 FATE exchange（%1）</translation>
    </message>
    <message>
        <source>service port %1</source>
        <translation>service 端口 %1</translation>
    </message>
    <message>
        <source>service port 9370 (rollsite)</source>
        <translation>service 端口 9370（rollsite）</translation>
    </message>
    <message>
        <source>ingress tcp port %1 → %2</source>
        <translation>ingress TCP 端口 %1 → %2</translation>
    </message>
    <message>
        <source>configmap %1 names director %2</source>
        <translation>configmap %1 指定 director %2</translation>
    </message>
    <message>
        <source>configmap %1</source>
        <translation>configmap %1</translation>
    </message>
    <message>
        <source>configmap %1 (route table)</source>
        <translation>configmap %1（路由表）</translation>
    </message>
    <message>
        <source>secret %1</source>
        <translation>secret %1</translation>
    </message>
    <message>
        <source>the only OpenFL director in view</source>
        <translation>视野中唯一的 OpenFL director</translation>
    </message>
    <message>
        <source>fl (no server)</source>
        <translation>fl（无 server）</translation>
    </message>
    <message>
        <source>route %1 → %2:%3</source>
        <translation>路由 %1 → %2:%3</translation>
    </message>
    <message>
        <source>route default → %1:%2</source>
        <translation>默认路由 → %1:%2</translation>
    </message>
    <message>
        <source>Helm release %1</source>
        <translation>Helm 发布 %1</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>命名空间 %1</translation>
    </message>
    <message>
        <source>runs in the namespace of FLARE deployment %1</source>
        <translation>运行在 FLARE 部署 %1 的命名空间中</translation>
    </message>
    <message>
        <source>installed by Helm release %1, as FLARE deployment %2</source>
        <translation>由 Helm 发布 %1 安装，与 FLARE 部署 %2 相同</translation>
    </message>
    <message>
        <source>the only FLARE server in view</source>
        <translation>视图中唯一的 FLARE 服务器</translation>
    </message>
    <message>
        <source>runs image %1 as FLARE deployment %2 does (FLARE clients and servers run one version)</source>
        <translation>与 FLARE 部署 %2 运行相同的镜像 %1（FLARE 客户端与服务器运行同一版本）</translation>
    </message>
    <message>
        <source>cannot tell which of the %1 FLARE deployments in view (%2) this %3 connects to</source>
        <translation>无法判断此%3连接到视图中 %1 个 FLARE 部署（%2）中的哪一个</translation>
    </message>
    <message>
        <source>label %1=%2 on both</source>
        <translation>双方均有标签 %1=%2</translation>
    </message>
    <message>
        <source>%1 is configured with its address (%2)</source>
        <translation>%1 配置了它的地址（%2）</translation>
    </message>
    <message>
        <source>cluster %1 cannot be read (%2): its pods as last seen</source>
        <translation>无法读取集群 %1（%2）：其 Pod 为最后一次看到的状态</translation>
    </message>
    <message>
        <source>%1 %2 is unknown: %3</source>
        <translation>%1 %2 状态未知：%3</translation>
    </message>
</context>
<context>
    <name>fc::FederationGraph</name>
    <message>
        <source>pods %1/%2 ready · GPUs %3</source>
        <translation>Pod %1/%2 就绪 · GPU %3</translation>
    </message>
    <message>
        <source>no endpoints</source>
        <translation>无端点</translation>
    </message>
    <message numerus="yes">
        <source>+%n more endpoint(s)</source>
        <translation>
            <numerusform>另有 %n 个端点</numerusform>
        </translation>
    </message>
    <message>
        <source>cert %1 until %2</source>
        <translation>证书 %1，有效期至 %2</translation>
    </message>
    <message>
        <source>cert %1</source>
        <translation>证书 %1</translation>
    </message>
    <message>
        <source>Release %1 in namespace %2</source>
        <translation>命名空间 %2 中的发布 %1</translation>
    </message>
    <message>
        <source>, chart %1</source>
        <translation>，Chart %1</translation>
    </message>
    <message>
        <source>Click to open it in the Helm releases page</source>
        <translation>点击可在 Helm 发布页面中打开</translation>
    </message>
    <message>
        <source>Select a federation to see its parties</source>
        <translation>选择一个联邦以查看其参与方</translation>
    </message>
    <message>
        <source>? %1</source>
        <translation>? %1</translation>
    </message>
    <message>
        <source>GPUs pending: %1 (not scheduled)</source>
        <translation>待分配 GPU：%1（未调度）</translation>
    </message>
</context>
<context>
    <name>fc::FederationModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>框架</translation>
    </message>
    <message>
        <source>Role</source>
        <comment>federation party role</comment>
        <translation>角色</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>pods ready/total</comment>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Cert expiry</source>
        <translation>证书到期</translation>
    </message>
    <message>
        <source>Recognised by: %1</source>
        <translation>识别依据: %1</translation>
    </message>
    <message>
        <source>%1 (+%2 pending)</source>
        <translation>%1（另有 %2 待分配）</translation>
    </message>
    <message>
        <source>Known by its %1</source>
        <translation>识别依据：%1</translation>
    </message>
</context>
<context>
    <name>fc::FederationWizard</name>
    <message>
        <source>Federation wizard</source>
        <translation>联邦向导</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>联邦</translation>
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
        <translation>框架(&amp;F):</translation>
    </message>
    <message>
        <source>becomes the root CA&apos;s CN</source>
        <translation>将作为根 CA 的 CN</translation>
    </message>
    <message>
        <source>&amp;Project name:</source>
        <translation>项目名称(&amp;P):</translation>
    </message>
    <message>
        <source>e.g. fl.example.org</source>
        <translation>例如 fl.example.org</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>域名(&amp;D):</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <source>Create a &amp;new CA</source>
        <translation>新建 CA(&amp;N)</translation>
    </message>
    <message>
        <source>Use an &amp;existing CA</source>
        <translation>使用现有 CA(&amp;E)</translation>
    </message>
    <message>
        <source>Store as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>CA common name:</source>
        <translation>CA 通用名称 (CN)：</translation>
    </message>
    <message>
        <source>CA key:</source>
        <translation>CA 密钥：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>CA validity:</source>
        <translation>CA 有效期：</translation>
    </message>
    <message>
        <source>CA:</source>
        <translation>CA 证书：</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Filled in from the keychain when remembered</source>
        <translation>如已记住，将从密钥环中自动填入</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>参与方</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Org</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>SANs (servers)</source>
        <translation>SAN（服务器）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>添加参与方(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xample parties</source>
        <translation>示例参与方(&amp;X)</translation>
    </message>
    <message>
        <source>Keys and output</source>
        <translation>密钥与输出</translation>
    </message>
    <message>
        <source>Party &amp;keys:</source>
        <translation>参与方密钥(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>有效期(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Output directory:</source>
        <translation>输出目录(&amp;O):</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>已完成 %v/%m</translation>
    </message>
    <message>
        <source>Ready. Keys are generated on a worker thread; Cancel stops before the next key.</source>
        <translation>就绪。密钥在工作线程中生成；“取消生成”会在生成下一个密钥之前停止。</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Cancel generation</source>
        <translation>取消生成(&amp;C)</translation>
    </message>
    <message>
        <source> root CA</source>
        <translation> 根 CA</translation>
    </message>
    <message>
        <source>party %1: %2</source>
        <translation>参与方 %1: %2</translation>
    </message>
    <message>
        <source>Party ID</source>
        <translation>参与方 ID</translation>
    </message>
    <message>
        <source>Host names and IP addresses clients use to reach this server, separated by commas or spaces</source>
        <translation>客户端访问此服务器时使用的主机名和 IP 地址，以逗号或空格分隔</translation>
    </message>
    <message>
        <source>Set by the framework preset</source>
        <translation>由框架预设决定</translation>
    </message>
    <message>
        <source>Generating %1 (%2 of %3 done)…</source>
        <translation>正在生成 %1（已完成 %2/%3）…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>Cancelling after the keys in progress…</source>
        <translation>正在取消，将在当前密钥生成完毕后停止…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>失败。</translation>
    </message>
</context>
<context>
    <name>fc::FederationWorker</name>
    <message>
        <source>party %1: %2</source>
        <translation>参与方 %1: %2</translation>
    </message>
    <message>
        <source>enter the FLARE project name (it becomes the root CA&apos;s CN)</source>
        <translation>请输入 FLARE 项目名称（它将成为根 CA 的 CN）</translation>
    </message>
    <message>
        <source>enter the federation domain</source>
        <translation>请输入联邦域名</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name</source>
        <translation>&quot;%1&quot; 不是有效的域名</translation>
    </message>
    <message>
        <source>enter the CA passphrase</source>
        <translation>请输入 CA 口令</translation>
    </message>
    <message>
        <source>a CA named &quot;%1&quot; already exists: choose another name or use the existing CA</source>
        <translation>名为 &quot;%1&quot; 的 CA 已存在：请选择其他名称或使用现有 CA</translation>
    </message>
    <message>
        <source>no CA named &quot;%1&quot;</source>
        <translation>不存在名为 &quot;%1&quot; 的 CA</translation>
    </message>
    <message>
        <source>add at least one party</source>
        <translation>请至少添加一个参与方</translation>
    </message>
    <message>
        <source>choose an output directory</source>
        <translation>请选择输出目录</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>名称为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a folder name: use letters, digits, &apos;@&apos;, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; or &apos;-&apos;</source>
        <translation>&quot;%1&quot; 不能用作文件夹名称：请使用字母、数字、&apos;@&apos;、&apos;.&apos;、&apos;_&apos;、&apos;+&apos; 或 &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>&quot;%1&quot; 出现了两次</translation>
    </message>
    <message>
        <source>role &quot;%1&quot; is not one of %2</source>
        <translation>角色 &quot;%1&quot; 不是 %2 之一</translation>
    </message>
    <message>
        <source>a FATE party is named by its numeric party id, not &quot;%1&quot;</source>
        <translation>FATE 参与方应以数字参与方 ID 命名，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>role %1 gets its SANs from the framework&apos;s preset; leave SANs empty</source>
        <translation>角色 %1 的 SAN 来自框架预设；请将 SAN 留空</translation>
    </message>
    <message>
        <source>%1 already exists; choose an empty output directory</source>
        <translation>%1 已存在；请选择一个空的输出目录</translation>
    </message>
    <message>
        <source>a FLARE federation needs a server</source>
        <translation>FLARE 联邦需要一个服务器</translation>
    </message>
    <message>
        <source>an OpenFL federation has exactly one director</source>
        <translation>OpenFL 联邦必须有且仅有一个 director</translation>
    </message>
    <message>
        <source>unknown framework</source>
        <translation>未知框架</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>CA &quot;%1&quot;</source>
        <translation>CA “%1”</translation>
    </message>
    <message>
        <source>unlocking CA &quot;%1&quot;</source>
        <translation>正在解锁 CA “%1”</translation>
    </message>
    <message>
        <source>wrong passphrase for CA &quot;%1&quot;</source>
        <translation>CA “%1”的口令错误</translation>
    </message>
    <message>
        <source>writing files</source>
        <translation>正在写入文件</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 个文件写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(not all certificates could be recorded in the inventory: %1)</source>
        <translation>（未能将全部证书记录到清单中: %1）</translation>
    </message>
    <message>
        <source>cannot create the output directory</source>
        <translation>无法创建输出目录</translation>
    </message>
    <message>
        <source>cannot create a staging folder: %1</source>
        <translation>无法创建暂存文件夹: %1</translation>
    </message>
    <message>
        <source>cannot move the files into place (does it already exist?)</source>
        <translation>无法将文件移动到目标位置（目标是否已存在？）</translation>
    </message>
</context>
<context>
    <name>fc::FederationsPage</name>
    <message>
        <source>Install a party chart…</source>
        <translation>安装参与方 Chart…</translation>
    </message>
    <message>
        <source>Install the chart of a new party with Helm, prefilled for the framework (release name, namespace and the values its chart needs)</source>
        <translation>使用 Helm 安装新参与方的 Chart，并按框架预先填写（发布名称、命名空间及其 Chart 所需的 values 值）</translation>
    </message>
    <message>
        <source>NVIDIA FLARE site…</source>
        <translation>NVIDIA FLARE 站点…</translation>
    </message>
    <message>
        <source>OpenFL envoy…</source>
        <translation>OpenFL envoy…</translation>
    </message>
    <message>
        <source>FATE party…</source>
        <translation>FATE 参与方…</translation>
    </message>
    <message>
        <source>Open Helm release</source>
        <translation>打开 Helm 发布</translation>
    </message>
    <message>
        <source>Pending for lack of GPUs:</source>
        <translation>因 GPU 不足而处于 Pending 状态：</translation>
    </message>
    <message>
        <source>%1/%2 (%3, %4 GPU) — %5</source>
        <translation>%1/%2 (%3, %4 GPU) — %5</translation>
    </message>
    <message>
        <source>no party</source>
        <translation>无参与方</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Recognised from</source>
        <translation>识别依据</translation>
    </message>
    <message>
        <source>Federations and their parties</source>
        <translation>联邦及其参与方</translation>
    </message>
    <message>
        <source>Details of the selected federation or party</source>
        <translation>所选联邦或参与方的详细信息</translation>
    </message>
    <message>
        <source>GPUs per node</source>
        <translation>每个节点的 GPU</translation>
    </message>
    <message>
        <source>Pods waiting for GPUs</source>
        <translation>等待 GPU 的 Pod</translation>
    </message>
    <message>
        <source>Your role does not let FedConsole see everything: parties, health and certificates below are judged from what it could read.</source>
        <translation>您的角色不允许 FedConsole 查看全部内容：下方的参与方、健康状态和证书仅根据可读取的内容判断。</translation>
    </message>
    <message>
        <source>Your role does not let FedConsole see every node or pod: the GPU totals below count only what it could read.</source>
        <translation>您的角色不允许 FedConsole 查看所有节点或 Pod：下方的 GPU 总数只统计可读取的部分。</translation>
    </message>
    <message>
        <source>Known by its %1</source>
        <translation>识别依据：%1</translation>
    </message>
    <message>
        <source>Across clusters</source>
        <translation>跨集群</translation>
    </message>
</context>
<context>
    <name>fc::GpuModel</name>
    <message>
        <source>NODE</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>CAPACITY</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>ALLOCATABLE</source>
        <translation>可分配</translation>
    </message>
    <message>
        <source>REQUESTED</source>
        <translation>已请求</translation>
    </message>
    <message>
        <source>FREE</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>SHARING</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>PODS</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>集群: %1</translation>
    </message>
    <message>
        <source>Physical GPUs: %1</source>
        <translation>物理 GPU: %1</translation>
    </message>
    <message>
        <source>Memory per GPU: %1 MiB</source>
        <translation>每个 GPU 的显存: %1 MiB</translation>
    </message>
    <message>
        <source>Limits: %1</source>
        <translation>限制: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>集群</translation>
    </message>
</context>
<context>
    <name>fc::GroupDialog</name>
    <message>
        <source>Group into a federation — %1 %2</source>
        <translation>归入联邦 — %1 %2</translation>
    </message>
    <message>
        <source>&amp;Apply labels</source>
        <translation>应用标签(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Federation:</source>
        <translation>联邦(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>参与方(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Merge patch (sent with the object&apos;s resourceVersion):</source>
        <translation>合并补丁（随对象的 resourceVersion 一起发送）：</translation>
    </message>
    <message>
        <source>Edit labels</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <source>A label value is at most 63 characters of letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>标签值最多 63 个字符，只能包含字母、数字、&apos;-&apos;、&apos;_&apos; 和 &apos;.&apos;。</translation>
    </message>
    <message>
        <source>Checking with a server-side dry run…</source>
        <translation>正在通过服务器端试运行检查…</translation>
    </message>
    <message>
        <source>Someone changed the same labels of %1 meanwhile; nothing was overwritten. Close and try again on the fresh object.</source>
        <translation>在此期间有人修改了 %1 的相同标签；未覆盖任何内容。请关闭后针对最新对象重试。</translation>
    </message>
    <message>
        <source>%1 changed on the server meanwhile; your labels now apply to its current version. Press Apply again.</source>
        <translation>%1 在此期间已在服务器上更改；您的标签现在将应用于其当前版本。请再次点击“应用标签”。</translation>
    </message>
</context>
<context>
    <name>fc::HelmRun</name>
    <message>
        <source>cannot run helm: %1</source>
        <translation>无法运行 helm: %1</translation>
    </message>
    <message>
        <source>helm %1 cancelled%2</source>
        <translation>helm %1 已取消%2</translation>
    </message>
    <message>
        <source>helm %1 stopped after the time limit%2</source>
        <translation>helm %1 因超时而停止%2</translation>
    </message>
    <message>
        <source>helm %1 ended by a signal</source>
        <translation>helm %1 被信号终止</translation>
    </message>
    <message>
        <source>helm %1 failed with exit code %2</source>
        <translation>helm %1 失败，退出码 %2</translation>
    </message>
</context>
<context>
    <name>fc::HttpsProxyRelay</name>
    <message>
        <source>cannot start the local relay for the https proxy: %1</source>
        <translation>无法启动 https 代理的本地中继: %1</translation>
    </message>
</context>
<context>
    <name>fc::ImportCaDialog</name>
    <message>
        <source>Import certificate authority</source>
        <translation>导入证书颁发机构</translation>
    </message>
    <message>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</source>
        <translation>字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos;</translation>
    </message>
    <message>
        <source>PEM: the CA certificate, optionally followed by its issuers</source>
        <translation>PEM：CA 证书，其后可附上其签发者证书</translation>
    </message>
    <message>
        <source>PEM private key, encrypted or not</source>
        <translation>PEM 私钥，加密或未加密均可</translation>
    </message>
    <message>
        <source>only if the key file is encrypted</source>
        <translation>仅当密钥文件已加密时需要</translation>
    </message>
    <message>
        <source>Store &amp;as:</source>
        <translation>存储为(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;ertificate:</source>
        <translation>证书(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Key file pass&amp;phrase:</source>
        <translation>密钥文件口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>证书: %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>密钥: %1</translation>
    </message>
    <message>
        <source>Checking and encrypting the key…</source>
        <translation>正在检查并加密密钥…</translation>
    </message>
    <message>
        <source>The key file is encrypted: enter its passphrase.</source>
        <translation>密钥文件已加密：请输入其口令。</translation>
    </message>
    <message>
        <source>Wrong passphrase for the key file.</source>
        <translation>密钥文件的口令错误。</translation>
    </message>
</context>
<context>
    <name>fc::Informer</name>
    <message>
        <source>Your role does not allow this: %1.</source>
        <translation>您的角色不允许此操作：%1。</translation>
    </message>
    <message>
        <source>Cannot list %1 in every namespace: %2. Shown from the namespaces where your role allows it: %3.</source>
        <translation>无法在所有命名空间中列出 %1：%2。显示的是您的角色允许的命名空间：%3。</translation>
    </message>
    <message>
        <source>Cannot list %1 in every namespace: %2. Asking the cluster in which namespaces you may…</source>
        <translation>无法在所有命名空间中列出 %1：%2。正在询问集群您可以在哪些命名空间中列出…</translation>
    </message>
    <message>
        <source>Cannot list %1: %2.</source>
        <translation>无法列出 %1：%2。</translation>
    </message>
    <message>
        <source>%1 only from %2 (cluster-wide list: %3)</source>
        <translation>%1 仅来自 %2（集群范围列出：%3）</translation>
    </message>
    <message>
        <source>%1 hidden: %2</source>
        <translation>%1 已隐藏：%2</translation>
    </message>
    <message>
        <source>Cannot list %1: %2. Your role allows it in none of the namespaces known here (add yours in Preferences → Your namespaces).</source>
        <translation>无法列出 %1：%2。在此已知的命名空间中，您的角色都不允许（请在“首选项 → 您的命名空间”中添加）。</translation>
    </message>
</context>
<context>
    <name>fc::IssueCertificateDialog</name>
    <message>
        <source>Generic</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>NVIDIA FLARE server</source>
        <translation>NVIDIA FLARE 服务器</translation>
    </message>
    <message>
        <source>server host name, e.g. flare.example.org</source>
        <translation>服务器主机名，例如 flare.example.org</translation>
    </message>
    <message>
        <source>NVIDIA FLARE client (site)</source>
        <translation>NVIDIA FLARE 客户端（站点）</translation>
    </message>
    <message>
        <source>site name, e.g. site-1</source>
        <translation>站点名称，例如 site-1</translation>
    </message>
    <message>
        <source>NVIDIA FLARE admin</source>
        <translation>NVIDIA FLARE 管理员</translation>
    </message>
    <message>
        <source>admin e-mail</source>
        <translation>管理员电子邮件地址</translation>
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
        <translation>envoy 名称</translation>
    </message>
    <message>
        <source>OpenFL notebook</source>
        <translation>OpenFL Notebook</translation>
    </message>
    <message>
        <source>notebook</source>
        <translation>notebook</translation>
    </message>
    <message>
        <source>FATE pulsar broker</source>
        <translation>FATE Pulsar Broker</translation>
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
        <translation>签发证书</translation>
    </message>
    <message>
        <source>DNS names, IP addresses, e-mail addresses, URIs (spiffe://…), separated by commas</source>
        <translation>DNS 名称、IP 地址、电子邮件地址、URI（spiffe://…），以逗号分隔</translation>
    </message>
    <message>
        <source>openssl&apos;s prefixes work too: DNS:, IP:, email:, URI:</source>
        <translation>也可使用 openssl 的前缀：DNS:, IP:, email:, URI:</translation>
    </message>
    <message>
        <source>Server (TLS server auth)</source>
        <translation>服务器（TLS 服务器认证）</translation>
    </message>
    <message>
        <source>Client (TLS client auth)</source>
        <translation>客户端（TLS 客户端认证）</translation>
    </message>
    <message>
        <source>Server and client</source>
        <translation>服务器和客户端</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>optional: keep the key in memory only (Deploy to Secret…)</source>
        <translation>可选：密钥仅保存在内存中（部署到 Secret…）</translation>
    </message>
    <message>
        <source>protects the .p12 file</source>
        <translation>用于保护 .p12 文件</translation>
    </message>
    <message>
        <source>C&amp;A:</source>
        <translation>CA(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <source>Common &amp;name (CN):</source>
        <translation>通用名称 CN(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Organization (O):</source>
        <translation>组织 O(&amp;O)：</translation>
    </message>
    <message>
        <source>Organizational &amp;unit (OU):</source>
        <translation>组织单位 OU(&amp;U)：</translation>
    </message>
    <message>
        <source>Admin &amp;role:</source>
        <translation>管理员角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;SANs:</source>
        <translation>SAN(&amp;S)：</translation>
    </message>
    <message>
        <source>U&amp;sage:</source>
        <translation>用途(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>有效期(&amp;V)：</translation>
    </message>
    <message>
        <source>Save files &amp;to:</source>
        <translation>文件保存到(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>PKCS#12 pass&amp;phrase:</source>
        <translation>PKCS#12 口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Deploy to Secret…</source>
        <translation>部署到 Secret(&amp;D)…</translation>
    </message>
    <message>
        <source>Create a Kubernetes TLS secret from this certificate and its in-memory key</source>
        <translation>用此证书及其内存中的密钥创建 Kubernetes TLS Secret</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>签发(&amp;I)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>There is no CA yet: create or import one first (New CA…, Import CA…).</source>
        <translation>尚无 CA 证书：请先创建或导入一个（新建 CA…、导入 CA…）。</translation>
    </message>
    <message>
        <source>Fix the SANs first</source>
        <translation>请先修正 SAN</translation>
    </message>
    <message>
        <source>Choose a CA (create or import one first).</source>
        <translation>请选择一个 CA 证书（请先创建或导入）。</translation>
    </message>
    <message>
        <source>Enter the common name (CN).</source>
        <translation>请输入通用名称 (CN)。</translation>
    </message>
    <message>
        <source>Fix the SANs first: %1</source>
        <translation>请先修正 SAN: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a host name for this preset (it goes into the SANs too).</source>
        <translation>对于此预设，“%1”必须是主机名（它也会写入 SAN）。</translation>
    </message>
    <message>
        <source>A server certificate needs at least one SAN (clients check the SANs, not the CN).</source>
        <translation>服务器证书至少需要一个 SAN（客户端检查的是 SAN，而不是 CN）。</translation>
    </message>
    <message>
        <source>Enter a passphrase for the PKCS#12 file.</source>
        <translation>请输入 PKCS#12 文件的口令。</translation>
    </message>
    <message>
        <source>Unlocking CA &quot;%1&quot;…</source>
        <translation>正在解锁 CA 证书“%1”…</translation>
    </message>
    <message>
        <source>Generating the key and signing…</source>
        <translation>正在生成密钥并签名…</translation>
    </message>
    <message>
        <source>Issued %1, serial %2, valid until %3.</source>
        <translation>已签发 %1（序列号 %2），有效期至 %3。</translation>
    </message>
    <message>
        <source>The key is in memory only: deploy it now or it is gone when this dialog closes.</source>
        <translation>密钥仅保存在内存中：请立即部署，否则关闭此对话框后密钥将丢失。</translation>
    </message>
    <message>
        <source>Files written to %1.</source>
        <translation>文件已写入 %1。</translation>
    </message>
</context>
<context>
    <name>fc::Keychain</name>
    <message>
        <source>no keychain: passphrase will be asked each time</source>
        <translation>没有密钥环：每次都会询问口令</translation>
    </message>
    <message>
        <source>the keychain is turned off in Preferences: passphrase will be asked each time</source>
        <translation>密钥环已在首选项中关闭：每次都会询问口令</translation>
    </message>
</context>
<context>
    <name>fc::Kubeconfig</name>
    <message>
        <source>cannot read &apos;%1&apos;: no such file</source>
        <translation>无法读取 &apos;%1&apos;: 文件不存在</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取 &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>应为字符串列表</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>不是有效的 base64</translation>
    </message>
    <message>
        <source>expected a map with at least a server</source>
        <translation>应为至少包含 server 的映射</translation>
    </message>
    <message>
        <source>no server URL given</source>
        <translation>未提供服务器 URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid https:// (or http://) URL</source>
        <translation>&apos;%1&apos; 不是有效的 https://（或 http://）URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid proxy URL (http://, https:// or socks5://)</source>
        <translation>&apos;%1&apos; 不是有效的代理 URL（http://、https:// 或 socks5://）</translation>
    </message>
    <message>
        <source>a certificate authority and insecure-skip-tls-verify cannot be used together</source>
        <translation>CA 证书与 insecure-skip-tls-verify 不能同时使用</translation>
    </message>
    <message>
        <source>expected a map</source>
        <translation>应为映射</translation>
    </message>
    <message>
        <source>exec plugin has no command</source>
        <translation>exec 插件缺少 command</translation>
    </message>
    <message>
        <source>exec plugin has no apiVersion</source>
        <translation>exec 插件缺少 apiVersion</translation>
    </message>
    <message>
        <source>exec apiVersion &apos;%1&apos; is not supported; use %2 or %3</source>
        <translation>不支持 exec apiVersion &apos;%1&apos;；请使用 %2 或 %3</translation>
    </message>
    <message>
        <source>interactiveMode is required for %1 (Never, IfAvailable or Always)</source>
        <translation>%1 需要 interactiveMode（Never、IfAvailable 或 Always）</translation>
    </message>
    <message>
        <source>interactiveMode &apos;%1&apos; is not one of Never, IfAvailable, Always</source>
        <translation>interactiveMode &apos;%1&apos; 不是 Never、IfAvailable、Always 之一</translation>
    </message>
    <message>
        <source>expected a list of {name, value}</source>
        <translation>应为 {name, value} 列表</translation>
    </message>
    <message>
        <source>each env entry needs a name and a value</source>
        <translation>每个 env 条目都需要名称和值</translation>
    </message>
    <message>
        <source>auth-provider &apos;gcp&apos; is no longer supported by kubectl; use an exec plugin such as gke-gcloud-auth-plugin</source>
        <translation>kubectl 已不再支持 auth-provider &apos;gcp&apos;；请使用 exec 插件，例如 gke-gcloud-auth-plugin</translation>
    </message>
    <message>
        <source>auth-provider &apos;azure&apos; is no longer supported by kubectl; use an exec plugin such as kubelogin (Azure/kubelogin)</source>
        <translation>kubectl 已不再支持 auth-provider &apos;azure&apos;；请使用 exec 插件，例如 kubelogin（Azure/kubelogin）</translation>
    </message>
    <message>
        <source>auth-provider &apos;oidc&apos; is no longer supported by kubectl; use an exec plugin such as kubelogin (kubectl oidc-login)</source>
        <translation>kubectl 已不再支持 auth-provider &apos;oidc&apos;；请使用 exec 插件，例如 kubelogin（kubectl oidc-login）</translation>
    </message>
    <message>
        <source>auth-provider &apos;%1&apos; is not supported; use an exec credential plugin</source>
        <translation>不支持 auth-provider &apos;%1&apos;；请使用 exec 凭据插件</translation>
    </message>
    <message>
        <source>the client key does not belong to the client certificate</source>
        <translation>客户端密钥与客户端证书不匹配</translation>
    </message>
    <message>
        <source>client certificate given without client-key or client-key-data</source>
        <translation>提供了客户端证书，但没有 client-key 或 client-key-data</translation>
    </message>
    <message>
        <source>client key given without client-certificate or client-certificate-data</source>
        <translation>提供了客户端密钥，但没有 client-certificate 或 client-certificate-data</translation>
    </message>
    <message>
        <source>exec and auth-provider cannot both be set</source>
        <translation>不能同时设置 exec 和 auth-provider</translation>
    </message>
    <message>
        <source>expected a map with cluster, user and namespace</source>
        <translation>应为包含 cluster、user 和 namespace 的映射</translation>
    </message>
    <message>
        <source>malformed YAML: </source>
        <translation>YAML 格式错误: </translation>
    </message>
    <message>
        <source>unexpected structure: </source>
        <translation>意外的结构: </translation>
    </message>
    <message>
        <source>context refers to unknown cluster &apos;%1&apos;</source>
        <translation>上下文引用了未知集群 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>context refers to unknown user &apos;%1&apos;</source>
        <translation>上下文引用了未知用户 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>current-context &apos;%1&apos; does not name a context</source>
        <translation>current-context &apos;%1&apos; 不是已定义的上下文</translation>
    </message>
    <message>
        <source>a kubeconfig must be a YAML map</source>
        <translation>kubeconfig 必须是 YAML 映射</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>应为列表</translation>
    </message>
    <message>
        <source>expected a map with name and %1</source>
        <translation>应为包含 name 和 %1 的映射</translation>
    </message>
    <message>
        <source>entry has no name; skipped</source>
        <translation>条目没有名称，已跳过</translation>
    </message>
    <message>
        <source>no context given and no current-context set</source>
        <translation>未指定上下文，也未设置 current-context</translation>
    </message>
    <message>
        <source>no context named &apos;%1&apos;</source>
        <translation>没有名为 &apos;%1&apos; 的上下文</translation>
    </message>
</context>
<context>
    <name>fc::LogBuffer</name>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>cannot open for writing: %1</source>
        <translation>无法打开以写入：%1</translation>
    </message>
</context>
<context>
    <name>fc::LogStream</name>
    <message>
        <source>reconnect requested</source>
        <translation>已请求重新连接</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>无连接</translation>
    </message>
    <message>
        <source>the log stream ended</source>
        <translation>日志流已结束</translation>
    </message>
    <message>
        <source>pod %1/%2 is gone</source>
        <translation>Pod %1/%2 已不存在</translation>
    </message>
</context>
<context>
    <name>fc::LogViewer</name>
    <message>
        <source>Container to show (init containers included)</source>
        <translation>要显示的容器（包括 init 容器）</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一实例</translation>
    </message>
    <message>
        <source>Logs of the previous (terminated) instance of the container</source>
        <translation>容器上一个（已终止）实例的日志</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配项（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一个匹配项（Enter）</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>正则</translation>
    </message>
    <message>
        <source>Only matching</source>
        <translation>仅显示匹配项</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>自动换行</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Show ANSI colour codes as colours (off: plain text)</source>
        <translation>将 ANSI 颜色代码显示为颜色（关闭时为纯文本）</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Keep the newest line in view; scrolling up stops, scrolling to the bottom resumes</source>
        <translation>保持最新一行可见；向上滚动时停止，滚动到底部时恢复</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save every received line (not only the matching ones)</source>
        <translation>保存收到的每一行（不只是匹配的行）</translation>
    </message>
    <message>
        <source>Logs: %1</source>
        <translation>日志: %1</translation>
    </message>
    <message>
        <source>All containers</source>
        <translation>所有容器</translation>
    </message>
    <message>
        <source>%1 (init)</source>
        <translation>%1 (init)</translation>
    </message>
    <message>
        <source>%1 (ephemeral)</source>
        <translation>%1 (临时)</translation>
    </message>
    <message>
        <source>Resume (%1 waiting)</source>
        <translation>继续 (%1 条等待中)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>, %1 oldest dropped (cap %2)</source>
        <translation>，已丢弃最早的 %1 行 (上限 %2)</translation>
    </message>
    <message>
        <source>, %1 shown</source>
        <translation>，显示 %1 行</translation>
    </message>
    <message numerus="yes">
        <source>, %n stream(s)</source>
        <translation>
            <numerusform>，%n 个流</numerusform>
        </translation>
    </message>
    <message>
        <source>Save logs</source>
        <translation>保存日志</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>日志行</translation>
    </message>
</context>
<context>
    <name>fc::MainWindow</name>
    <message>
        <source>All namespaces</source>
        <translation>所有命名空间</translation>
    </message>
    <message>
        <source>FedConsole</source>
        <translation>FedConsole</translation>
    </message>
    <message>
        <source>No kubeconfig contexts found. %1</source>
        <translation>未找到 kubeconfig 上下文。%1</translation>
    </message>
    <message>
        <source>Read: %1 — no contexts in it.</source>
        <translation>已读取: %1 — 其中没有上下文。</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>上下文(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>命名空间(&amp;N)：</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Label selector, e.g. app=flare,tier!=db (Ctrl+L)</source>
        <translation>标签选择器，例如 app=flare,tier!=db（Ctrl+L）</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation>资源(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Federations</source>
        <translation>联邦(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;GPUs</source>
        <translation>GPU(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Helm releases</source>
        <translation>Helm 发布(&amp;H)</translation>
    </message>
    <message>
        <source>Cer&amp;tificates</source>
        <translation>证书(&amp;T)</translation>
    </message>
    <message>
        <source> INSECURE: TLS verification disabled </source>
        <translation> 不安全：TLS 验证已禁用 </translation>
    </message>
    <message>
        <source>This context sets insecure-skip-tls-verify: the server&apos;s identity is not checked.</source>
        <translation>此上下文设置了 insecure-skip-tls-verify：不会校验服务器的身份。</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 / %2 个 %3</translation>
    </message>
    <message>
        <source>Show &amp;logs</source>
        <translation>显示日志(&amp;L)</translation>
    </message>
    <message>
        <source>Stream the logs of the selected pod or workload (Ctrl+Shift+L)</source>
        <translation>流式显示所选 Pod 或工作负载的日志（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <source>&amp;Group into federation…</source>
        <translation>归入联邦(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected object: YAML, forms, diff against the server, dry run (Ctrl+E)</source>
        <translation>编辑所选对象：YAML、表单、与服务器的差异、试运行（Ctrl+E）</translation>
    </message>
    <message>
        <source>E&amp;xpose through ingress…</source>
        <translation>通过 Ingress 暴露(&amp;X)…</translation>
    </message>
    <message>
        <source>Forward a Service&apos;s TCP ports through the ingress controller: TCP map rows and host ports, dry run and both diffs first</source>
        <translation>通过 Ingress 控制器转发 Service 的 TCP 端口：TCP 映射条目和主机端口，事先进行试运行并显示两份差异</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Add cluster…</source>
        <translation>添加集群(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open kubeconfig file…</source>
        <translation>打开 kubeconfig 文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About FedConsole</source>
        <translation>关于 FedConsole(&amp;A)</translation>
    </message>
    <message>
        <source>Open a kubeconfig file</source>
        <translation>打开 kubeconfig 文件</translation>
    </message>
    <message>
        <source>No cluster in this file</source>
        <translation>此文件中没有集群</translation>
    </message>
    <message>
        <source>%1 gives no usable context.
%2</source>
        <translation>%1 中没有可用的上下文。
%2</translation>
    </message>
    <message>
        <source>Context %1: %2</source>
        <translation>上下文 %1: %2</translation>
    </message>
    <message>
        <source>Cannot open context</source>
        <translation>无法打开上下文</translation>
    </message>
    <message>
        <source>Cannot list %1: %2 — retrying.</source>
        <translation>无法列出 %1: %2 — 正在重试。</translation>
    </message>
    <message>
        <source>Select a pod or workload (or type a label selector) to stream its logs</source>
        <translation>请选择一个 Pod 或工作负载（或输入标签选择器）以流式显示其日志</translation>
    </message>
    <message>
        <source>In cluster %1</source>
        <translation>集群 %1 中</translation>
    </message>
    <message>
        <source>Deploy to Secret</source>
        <translation>部署到 Secret</translation>
    </message>
    <message>
        <source>Open a cluster context first: the secret is written to the current context.</source>
        <translation>请先打开一个集群上下文：Secret 将写入当前上下文。</translation>
    </message>
    <message>
        <source>Secret %1/%2 written</source>
        <translation>已写入 Secret %1/%2</translation>
    </message>
    <message>
        <source>Select an object to group into a federation</source>
        <translation>请选择要归入联邦的对象</translation>
    </message>
    <message>
        <source>Labels set on %1</source>
        <translation>已为 %1 设置标签</translation>
    </message>
    <message>
        <source>Select an object to edit</source>
        <translation>请选择要编辑的对象</translation>
    </message>
    <message>
        <source>%1 is not a kind this cluster serves</source>
        <translation>此集群不提供 %1 这种资源类型</translation>
    </message>
    <message numerus="yes">
        <source>%n unapplied edit(s)</source>
        <translation>
            <numerusform>%n 个未应用的编辑</numerusform>
        </translation>
    </message>
    <message>
        <source>Edits that were never applied, kept as drafts (also after a crash): open or discard them</source>
        <translation>从未应用的编辑，已作为草稿保存（崩溃后也会保留）：可打开或放弃</translation>
    </message>
    <message>
        <source>Unapplied edits</source>
        <translation>未应用的编辑</translation>
    </message>
    <message>
        <source>%1 %2 in %3 — %4</source>
        <translation>%3 中的 %1 %2 — %4</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Discard the edit?</source>
        <translation>放弃此编辑？</translation>
    </message>
    <message>
        <source>The unapplied edit of %1 is deleted; the object stays as the server has it.</source>
        <translation>%1 的未应用编辑将被删除；对象保持服务器上的状态。</translation>
    </message>
    <message>
        <source>Install a %1 party chart — %2</source>
        <translation>安装 %1 参与方 Chart — %2</translation>
    </message>
    <message>
        <source>Other kinds</source>
        <translation>其他资源类型</translation>
    </message>
    <message>
        <source>This cluster does not serve %1.</source>
        <translation>此集群不提供 %1。</translation>
    </message>
    <message>
        <source>Asking the cluster which kinds it serves…</source>
        <translation>正在向集群查询其提供的资源类型…</translation>
    </message>
    <message>
        <source>Cer&amp;tificates (%1)</source>
        <translation>证书(&amp;T) (%1)</translation>
    </message>
    <message>
        <source>%1 (no desktop notification: %2)</source>
        <translation>%1（无桌面通知: %2）</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Label selector</source>
        <translation>标签选择器</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>资源类型</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source> (not listable)</source>
        <translation>（无法列出）</translation>
    </message>
    <message numerus="yes">
        <source> (from %n namespace(s))</source>
        <translation>
            <numerusform>（来自 %n 个命名空间）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — next attempt in %n s</source>
        <translation>
            <numerusform> — %n 秒后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;lusters</source>
        <translation>集群(&amp;L)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Closed %1.</source>
        <translation>已关闭 %1。</translation>
    </message>
    <message>
        <source>%1 stays open: it is the only open context (open another one first).</source>
        <translation>%1 保持打开：它是唯一打开的上下文（请先打开另一个）。</translation>
    </message>
    <message>
        <source>&amp;All open clusters</source>
        <translation>所有打开的集群(&amp;A)</translation>
    </message>
    <message>
        <source>Show the kind from every open cluster in one table, with a Cluster column (open more in the Clusters tab)</source>
        <translation>在一个表格中显示所有已打开集群中的该类资源，并带有“集群”列（可在“集群”标签页中打开更多）</translation>
    </message>
</context>
<context>
    <name>fc::MultiLogSession</name>
    <message>
        <source>pod deleted</source>
        <translation>Pod 已删除</translation>
    </message>
    <message>
        <source>— reconnected —</source>
        <translation>— 已重新连接 —</translation>
    </message>
    <message>
        <source>— attached %1 —</source>
        <translation>— 已附加 %1 —</translation>
    </message>
    <message>
        <source>— detached %1: %2 —</source>
        <translation>— 已断开 %1: %2 —</translation>
    </message>
    <message>
        <source>— detached %1: pod gone —</source>
        <translation>— 已断开 %1: Pod 已不存在 —</translation>
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
        <translation>新建证书颁发机构</translation>
    </message>
    <message>
        <source>Root CA (self-signed)</source>
        <translation>根 CA（自签名）</translation>
    </message>
    <message>
        <source>Intermediate CA (signed by a stored CA)</source>
        <translation>中间 CA（由已存储的 CA 签名）</translation>
    </message>
    <message>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;</source>
        <translation>字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos;</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>two letters, e.g. DE</source>
        <translation>两个字母，例如 CN</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>签发者(&amp;G)：</translation>
    </message>
    <message>
        <source>Store &amp;as:</source>
        <translation>存储名称(&amp;A)：</translation>
    </message>
    <message>
        <source>Common &amp;name (CN):</source>
        <translation>通用名称 (CN)(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Organization (O):</source>
        <translation>组织 (O)(&amp;O)：</translation>
    </message>
    <message>
        <source>Organizational &amp;unit (OU):</source>
        <translation>组织单位 (OU)(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Country (C):</source>
        <translation>国家 (C)(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;State (ST):</source>
        <translation>省/州 (ST)(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Locality (L):</source>
        <translation>城市 (L)(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>有效期(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Path length:</source>
        <translation>路径长度(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>A CA named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的 CA 已存在。</translation>
    </message>
    <message>
        <source>Enter the common name (CN).</source>
        <translation>请输入通用名称 (CN)。</translation>
    </message>
    <message>
        <source>The country is two letters (ISO 3166), e.g. DE.</source>
        <translation>国家代码为两个字母（ISO 3166），例如 CN。</translation>
    </message>
    <message>
        <source>Generating the CA key…</source>
        <translation>正在生成 CA 密钥…</translation>
    </message>
    <message>
        <source>There is no stored CA to sign an intermediate: create or import a root first.</source>
        <translation>没有可用于签发中间 CA 的已存储 CA：请先创建或导入根 CA。</translation>
    </message>
    <message>
        <source>Unlocking CA &quot;%1&quot;…</source>
        <translation>正在解锁 CA“%1”…</translation>
    </message>
    <message>
        <source>Generating the intermediate CA key…</source>
        <translation>正在生成中间 CA 密钥…</translation>
    </message>
</context>
<context>
    <name>fc::NewPassphraseFields</name>
    <message>
        <source>encrypts the CA key on disk</source>
        <translation>用于加密磁盘上的 CA 密钥</translation>
    </message>
    <message>
        <source>CA &amp;passphrase:</source>
        <translation>CA 口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>确认口令(&amp;F)：</translation>
    </message>
    <message>
        <source>CA keys are always stored encrypted: enter a passphrase.</source>
        <translation>CA 密钥始终以加密形式存储：请输入口令。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>fc::ObjectEditor</name>
    <message>
        <source>Edit %1 %2</source>
        <translation>编辑 %1 %2</translation>
    </message>
    <message>
        <source>This object changed on the server since you opened it. Your edit is untouched.</source>
        <translation>自您打开此对象以来，它已在服务器上被更改。您的编辑未受影响。</translation>
    </message>
    <message>
        <source>&amp;Review and merge…</source>
        <translation>查看并合并(&amp;R)…</translation>
    </message>
    <message>
        <source>YAML of the object</source>
        <translation>对象的 YAML</translation>
    </message>
    <message>
        <source>status and metadata.managedFields are not shown: the server writes them, an edit never does.</source>
        <translation>不显示 status 和 metadata.managedFields：它们由服务器写入，编辑从不写入它们。</translation>
    </message>
    <message>
        <source>&amp;YAML</source>
        <translation>YAML(&amp;Y)</translation>
    </message>
    <message>
        <source>Your edit against the server&apos;s object</source>
        <translation>您的编辑与服务器上对象的对比</translation>
    </message>
    <message>
        <source>&amp;Diff against the server</source>
        <translation>与服务器的差异(&amp;D)</translation>
    </message>
    <message>
        <source>cannot list its pods: %1</source>
        <translation>无法列出其 Pod：%1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>撤销：%1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Back to the object as the server has it (undoable)</source>
        <translation>恢复为服务器上的对象（可撤销）</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>&amp;Check with the server</source>
        <translation>通过服务器检查(&amp;C)</translation>
    </message>
    <message>
        <source>Server-side dry run: validation and admission, nothing is stored</source>
        <translation>服务器端试运行：校验和准入控制，不存储任何内容</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Dry run, then write your changes with the version you read as precondition (Ctrl+Return)</source>
        <translation>先试运行，再以您读取的版本为前提条件写入更改 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>Edit YAML</source>
        <translation>编辑 YAML</translation>
    </message>
    <message>
        <source>No differences: your edit is what the server has.</source>
        <translation>没有差异：您的编辑与服务器上的内容相同。</translation>
    </message>
    <message>
        <source>Could not save a draft of your edit: %1</source>
        <translation>无法保存您编辑的草稿：%1</translation>
    </message>
    <message>
        <source>Reading %1 %2…</source>
        <translation>正在读取 %1 %2…</translation>
    </message>
    <message>
        <source>Could not read %1 %2: %3</source>
        <translation>无法读取 %1 %2：%3</translation>
    </message>
    <message>
        <source>Your draft is restored; it is not applied yet.</source>
        <translation>已恢复您的草稿；尚未应用。</translation>
    </message>
    <message>
        <source>Edit the YAML (or a form); nothing is written until you press Apply.</source>
        <translation>编辑 YAML（或表单）；在您点击“应用”之前，不会写入任何内容。</translation>
    </message>
    <message>
        <source>Unapplied edit</source>
        <translation>未应用的编辑</translation>
    </message>
    <message>
        <source>You have an edit of this object from %1 that was never applied. Restore it?%2</source>
        <translation>您在 %1 对此对象所做的编辑从未应用。要恢复吗？%2</translation>
    </message>
    <message>
        <source>

Secret values are never stored in drafts: they are as the server has them.</source>
        <translation>

Secret 的值从不存储在草稿中：它们保持为服务器上的值。</translation>
    </message>
    <message>
        <source>Restore the draft</source>
        <translation>恢复草稿</translation>
    </message>
    <message>
        <source>%1 %2 was deleted on the server. Your edit stays here (and as a draft).</source>
        <translation>%1 %2 已在服务器上被删除。您的编辑仍保留在此处（并保存为草稿）。</translation>
    </message>
    <message>
        <source>status and metadata.managedFields are not shown: the server writes them, an edit never does. Highlighting is off for objects over %1.</source>
        <translation>不显示 status 和 metadata.managedFields：它们由服务器写入，编辑从不写入它们。大于 %1 的对象不启用语法高亮。</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>表单(&amp;F)</translation>
    </message>
    <message>
        <source>Not sent: the server would refuse %1</source>
        <translation>未发送，服务器会拒绝：%1</translation>
    </message>
    <message>
        <source>Rollout: %1</source>
        <translation>滚动更新：%1</translation>
    </message>
    <message>
        <source>Asking the server (dry run)…</source>
        <translation>正在询问服务器（试运行）…</translation>
    </message>
    <message>
        <source>The server accepts this edit (dry run: nothing was stored).</source>
        <translation>服务器接受此编辑（试运行：未存储任何内容）。</translation>
    </message>
    <message>
        <source>The YAML has an error: fix it first.</source>
        <translation>YAML 有错误：请先修复。</translation>
    </message>
    <message>
        <source>Checking with the server (dry run)…</source>
        <translation>正在通过服务器检查（试运行）…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <source>Applied: the server now has your edit (resourceVersion %1).</source>
        <translation>已应用：服务器现已包含您的编辑 (resourceVersion %1)。</translation>
    </message>
    <message>
        <source>The server refused the edit: %1</source>
        <translation>服务器拒绝了此编辑：%1</translation>
    </message>
    <message>
        <source>Line %1 of the YAML (Enter to go there)</source>
        <translation>YAML 第 %1 行（按 Enter 跳转）</translation>
    </message>
    <message>
        <source>Your edit now applies to the server&apos;s current version; nothing was written. Press Apply to write it.</source>
        <translation>您的编辑现已基于服务器上的当前版本；尚未写入任何内容。点击“应用”以写入。</translation>
    </message>
    <message>
        <source>The object changed on the server meanwhile: nothing was written. Choose what to keep.</source>
        <translation>该对象在此期间已在服务器上被更改：未写入任何内容。请选择要保留的内容。</translation>
    </message>
</context>
<context>
    <name>fc::PartyRelease</name>
    <message>
        <source>Helm: %1 · not in Helm&apos;s storage</source>
        <translation>Helm：%1 · 不在 Helm 的存储中</translation>
    </message>
    <message>
        <source>Helm: %1 rev %2 · %3</source>
        <translation>Helm：%1 第 %2 版 · %3</translation>
    </message>
    <message>
        <source> (stuck)</source>
        <translation>（卡住）</translation>
    </message>
    <message>
        <source> (unreadable)</source>
        <translation>（无法读取）</translation>
    </message>
</context>
<context>
    <name>fc::PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>确认(&amp;C)：</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>fc::Preferences</name>
    <message>
        <source>it cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>it is not a valid settings file</source>
        <translation>不是有效的设置文件</translation>
    </message>
    <message>
        <source>The settings file %1 could not be used (%2). It was moved to %3 and FedConsole starts with default settings.</source>
        <translation>无法使用设置文件 %1 (%2)。该文件已移至 %3，FedConsole 将以默认设置启动。</translation>
    </message>
    <message>
        <source>The settings file %1 could not be used (%2) and could not be moved aside. FedConsole starts with default settings and will not save them there.</source>
        <translation>无法使用设置文件 %1 (%2)，也无法将其移走。FedConsole 将以默认设置启动，且不会将设置保存到该文件。</translation>
    </message>
    <message>
        <source>These settings had unusable values and were reset to their defaults: %1.</source>
        <translation>以下设置的值不可用，已重置为默认值：%1。</translation>
    </message>
</context>
<context>
    <name>fc::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Kubeconfig files</source>
        <translation>Kubeconfig 文件</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Add kubeconfig files</source>
        <translation>添加 kubeconfig 文件</translation>
    </message>
    <message>
        <source>Empty: $KUBECONFIG, else ~/.kube/config. Used from the next start.</source>
        <translation>留空时使用 $KUBECONFIG，否则使用 ~/.kube/config。下次启动时生效。</translation>
    </message>
    <message>
        <source>&amp;Kubeconfig files:</source>
        <translation>Kubeconfig 文件(&amp;K)：</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> 行</translation>
    </message>
    <message>
        <source>Log lines kept per log tab; the oldest go first. Applies to log tabs opened afterwards.</source>
        <translation>每个日志标签页保留的日志行数；最早的行最先丢弃。仅对之后打开的日志标签页生效。</translation>
    </message>
    <message>
        <source>&amp;Log buffer per tab:</source>
        <translation>每个标签页的日志缓冲区(&amp;L)：</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Used from the next start</source>
        <translation>下次启动时生效</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Offer to remember CA passphrases in the desktop &amp;keychain</source>
        <translation>提供将 CA 口令保存到桌面密钥环的选项(&amp;K)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Certificates that expire within this many days are shown as expiring.</source>
        <translation>在此天数内到期的证书将显示为即将到期。</translation>
    </message>
    <message>
        <source>Warn before certificates e&amp;xpire:</source>
        <translation>证书到期前提醒(&amp;X)：</translation>
    </message>
    <message>
        <source>%1 on PATH</source>
        <translation>PATH 中的 %1</translation>
    </message>
    <message>
        <source>%1 program</source>
        <translation>%1 程序</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the %1 program</source>
        <translation>选择 %1 程序</translation>
    </message>
    <message>
        <source>&amp;helm:</source>
        <translation>helm(&amp;H)：</translation>
    </message>
    <message>
        <source>k&amp;ubectl:</source>
        <translation>kubectl(&amp;U)：</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
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
        <translation>例如 team-a, fate-10000</translation>
    </message>
    <message>
        <source>Where to look when your role may not list namespaces, or a kind in every namespace (the kubeconfig&apos;s namespace is always tried). Separate names with commas or spaces.</source>
        <translation>当您的角色无法列出命名空间或无法在所有命名空间中列出某类资源时要查找的位置（始终会尝试 kubeconfig 的命名空间）。名称之间用逗号或空格分隔。</translation>
    </message>
    <message>
        <source>&amp;Your namespaces:</source>
        <translation>您的命名空间(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>fc::ProcessRunner</name>
    <message>
        <source>cannot create a temporary file in %1: %2</source>
        <translation>无法在 %1 中创建临时文件: %2</translation>
    </message>
    <message>
        <source>cannot write the temporary file %1: %2</source>
        <translation>无法写入临时文件 %1: %2</translation>
    </message>
</context>
<context>
    <name>fc::Recognizers</name>
    <message>
        <source>container command contains server_train</source>
        <translation>容器命令包含 server_train</translation>
    </message>
    <message>
        <source>container command contains client_train</source>
        <translation>容器命令包含 client_train</translation>
    </message>
    <message>
        <source>container command starts the overseer</source>
        <translation>容器命令启动 overseer</translation>
    </message>
    <message>
        <source>container command runs the FLARE admin console</source>
        <translation>容器命令运行 FLARE 管理控制台</translation>
    </message>
    <message>
        <source>workspace path /workspace/%1</source>
        <translation>工作区路径 /workspace/%1</translation>
    </message>
    <message>
        <source>container argument uid=%1</source>
        <translation>容器参数 uid=%1</translation>
    </message>
    <message>
        <source>container port %1</source>
        <translation>容器端口 %1</translation>
    </message>
    <message>
        <source>container command runs startup/start.sh</source>
        <translation>容器命令运行 startup/start.sh</translation>
    </message>
    <message>
        <source>image %1</source>
        <translation>镜像 %1</translation>
    </message>
    <message>
        <source>pod label openfl=%1</source>
        <translation>pod 标签 openfl=%1</translation>
    </message>
    <message>
        <source>container command contains fx director start</source>
        <translation>容器命令包含 fx director start</translation>
    </message>
    <message>
        <source>container command contains fx envoy start</source>
        <translation>容器命令包含 fx envoy start</translation>
    </message>
    <message>
        <source>label owner=kubefate, cluster=%1 (FedLCM/KubeFATE chart)</source>
        <translation>标签 owner=kubefate, cluster=%1（FedLCM/KubeFATE chart）</translation>
    </message>
    <message>
        <source>envoy command names director %1</source>
        <translation>envoy 命令指定 director %1</translation>
    </message>
    <message>
        <source>label %1=%2</source>
        <translation>标签 %1=%2</translation>
    </message>
    <message>
        <source>label partyId=%1</source>
        <translation>标签 partyId=%1</translation>
    </message>
    <message>
        <source>label owner=kubefate, cluster=%1</source>
        <translation>标签 owner=kubefate, cluster=%1</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>命名空间 %1</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>组件 %1</translation>
    </message>
    <message>
        <source>pod label system=%1</source>
        <translation>pod 标签 system=%1</translation>
    </message>
    <message>
        <source>namespace label %1=%2</source>
        <translation>命名空间标签 %1=%2</translation>
    </message>
</context>
<context>
    <name>fc::ReleaseDialog</name>
    <message>
        <source>Install a Helm chart</source>
        <translation>安装 Helm Chart</translation>
    </message>
    <message>
        <source>Upgrade a Helm release</source>
        <translation>升级 Helm 发布</translation>
    </message>
    <message>
        <source>chart directory, chart.tgz, repo/chart or oci://registry/chart</source>
        <translation>Chart 目录、chart.tgz、repo/chart 或 oci://registry/chart</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>最新版本</translation>
    </message>
    <message>
        <source>Create the namespace if missing</source>
        <translation>命名空间不存在时自动创建</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>Chart(&amp;C)：</translation>
    </message>
    <message>
        <source>Chart &amp;version:</source>
        <translation>Chart 版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Release name:</source>
        <translation>发布名称(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>命名空间(&amp;N)：</translation>
    </message>
    <message>
        <source>Reuse the current values, the ones below merged over them (--reuse-values)</source>
        <translation>复用当前 values 值，并将下方的值合并覆盖其上 (--reuse-values)</translation>
    </message>
    <message>
        <source>Reset to the chart&apos;s defaults plus the values below (--reset-values)</source>
        <translation>重置为 Chart 默认值，再加上下方的值 (--reset-values)</translation>
    </message>
    <message>
        <source>New chart defaults, then the current values, then the ones below (--reset-then-reuse-values)</source>
        <translation>先用新的 Chart 默认值，再叠加当前 values 值，最后叠加下方的值 (--reset-then-reuse-values)</translation>
    </message>
    <message>
        <source>Current &amp;values:</source>
        <translation>当前 values 值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Wait until the objects are ready</source>
        <translation>等待对象就绪(&amp;W)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>timeout:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <source># values YAML, handed to helm on stdin (-f -)</source>
        <translation># values YAML，通过 stdin 传给 helm (-f -)</translation>
    </message>
    <message>
        <source>--set key=value (visible to local users: no secrets here)</source>
        <translation>--set key=value (本机用户可见：请勿在此填写机密信息)</translation>
    </message>
    <message>
        <source>Add --set row</source>
        <translation>添加 --set 行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>values 值</translation>
    </message>
    <message>
        <source>User values diff</source>
        <translation>用户 values 值差异</translation>
    </message>
    <message>
        <source>Chart defaults diff</source>
        <translation>Chart 默认值差异</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>试运行(&amp;D)</translation>
    </message>
    <message>
        <source>helm %1 --dry-run: the objects helm would apply, nothing changes</source>
        <translation>helm %1 --dry-run: 显示 helm 将要应用的对象，不会做任何更改</translation>
    </message>
    <message>
        <source>Dry-run preview</source>
        <translation>试运行预览</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>安装(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>升级(&amp;U)</translation>
    </message>
    <message>
        <source>No chart folder or packaged chart at %1.</source>
        <translation>%1 处没有 Chart 目录或打包的 Chart。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cannot read the chart: %1</source>
        <translation>无法读取 Chart: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>its values.yaml does not parse (%1)</source>
        <translation>其 values.yaml 无法解析 (%1)</translation>
    </message>
    <message>
        <source>no values.schema.json</source>
        <translation>无 values.schema.json</translation>
    </message>
    <message>
        <source>its values.schema.json is not usable (%1): helm will refuse it too</source>
        <translation>其 values.schema.json 不可用 (%1)，helm 同样会拒绝它</translation>
    </message>
    <message>
        <source>values checked against its values.schema.json</source>
        <translation>values 值已按其 values.schema.json 校验</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列: %3</translation>
    </message>
    <message>
        <source>The chart&apos;s values.schema.json refuses these values:
%1</source>
        <translation>Chart 的 values.schema.json 拒绝了以下值：
%1</translation>
    </message>
    <message>
        <source># the values YAML has an error: no diff until it is fixed</source>
        <translation># values YAML 有错误：修复之前不显示差异</translation>
    </message>
    <message>
        <source># no change
</source>
        <translation># 无更改
</translation>
    </message>
    <message>
        <source># no chart yet</source>
        <translation># 尚无 Chart</translation>
    </message>
    <message>
        <source># the chart&apos;s defaults are not known here (see above the tabs)</source>
        <translation># 此处无法获知 Chart 的默认值（见标签页上方）</translation>
    </message>
    <message>
        <source># your values change nothing
</source>
        <translation># 您的值未带来任何更改
</translation>
    </message>
    <message>
        <source># helm %1 --dry-run …</source>
        <translation># helm %1 --dry-run …</translation>
    </message>
    <message>
        <source>After a dry run: each rendered object against the one in the cluster (new, changed, unchanged).</source>
        <translation>试运行之后：每个渲染出的对象与集群中的对象对比（新建、已更改、未更改）。</translation>
    </message>
    <message>
        <source>Against the cluster</source>
        <translation>与集群对比</translation>
    </message>
    <message>
        <source># not compared: no connection to the cluster</source>
        <translation># 未对比：没有到集群的连接</translation>
    </message>
    <message>
        <source># comparing each object with the cluster (dry runs, nothing is written)…</source>
        <translation># 正在将每个对象与集群对比（试运行，不写入任何内容）…</translation>
    </message>
    <message>
        <source># user values: revision %1 → after the upgrade (--set rows included)
</source>
        <translation># 用户值：修订版 %1 → 升级之后（包含 --set 行）
</translation>
    </message>
    <message>
        <source># the chart&apos;s defaults → the values helm computes from them and yours (--set rows included)
</source>
        <translation># Chart 的默认值 → helm 由默认值和您的值计算出的值（包含 --set 行）
</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Values (YAML)</source>
        <translation>值（YAML）</translation>
    </message>
    <message>
        <source>--set rows</source>
        <translation>--set 行</translation>
    </message>
    <message>
        <source>No helm to fetch %1 with: its values are checked when helm runs.</source>
        <translation>没有可用于获取 %1 的 helm：运行 helm 时才会检查这些值。</translation>
    </message>
    <message>
        <source>Not a chart folder, a .tgz, repo/chart or oci://…: helm checks the values when it runs.</source>
        <translation>不是 chart 目录、.tgz、repo/chart 或 oci://…：运行 helm 时由它检查这些值。</translation>
    </message>
    <message>
        <source>Fetching %1 with helm pull to read its defaults and values.schema.json…</source>
        <translation>正在用 helm pull 获取 %1，以读取其默认值和 values.schema.json…</translation>
    </message>
    <message>
        <source>Could not fetch %1 to check the values against its schema (%2): helm checks them when it runs.</source>
        <translation>无法获取 %1 以按其 schema 检查这些值（%2）：运行 helm 时由它检查。</translation>
    </message>
    <message>
        <source>helm pull wrote no chart</source>
        <translation>helm pull 没有写出 chart</translation>
    </message>
    <message>
        <source>%1 %2, fetched with helm pull</source>
        <translation>%1 %2，已用 helm pull 获取</translation>
    </message>
</context>
<context>
    <name>fc::ReleaseListModel</name>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>REVISION</source>
        <translation>修订版本</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>CHART</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>APP VERSION</source>
        <translation>应用版本</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>fc::ReleasesPage</name>
    <message>
        <source>(not watched)</source>
        <translation>（未监视）</translation>
    </message>
    <message>
        <source>%1/%2 ready</source>
        <translation>%1/%2 就绪</translation>
    </message>
    <message>
        <source>present</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Filter releases (name, namespace, status, chart)</source>
        <translation>筛选发布（名称、命名空间、状态、Chart）</translation>
    </message>
    <message>
        <source>&amp;Install…</source>
        <translation>安装(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Upgrade…</source>
        <translation>升级(&amp;U)…</translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <translation>回滚(&amp;B)…</translation>
    </message>
    <message>
        <source>Roll back to the revision selected in the History tab (else the previous one)</source>
        <translation>回滚到“历史”选项卡中所选的修订版本（否则回滚到上一个修订版本）</translation>
    </message>
    <message>
        <source>Uninstall…</source>
        <translation>卸载…</translation>
    </message>
    <message>
        <source>REVISION</source>
        <translation>修订版本</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>CHART</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>APP VERSION</source>
        <translation>应用版本</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>User-supplied values</source>
        <translation>用户提供的 values 值</translation>
    </message>
    <message>
        <source>Computed values (chart defaults + user)</source>
        <translation>计算后的 values 值（Chart 默认值 + 用户值）</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>values 值</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>实时状态</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>helm</source>
        <translation>helm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stops helm with SIGTERM: it cancels the operation and marks the release failed</source>
        <translation>以 SIGTERM 停止 helm：操作将被取消，发布被标记为 failed</translation>
    </message>
    <message>
        <source>Cannot list Helm&apos;s release storage (%1): %2
Helm keeps each release revision in a %3 of the release&apos;s namespace; without the right to list them cluster-wide the releases cannot be shown (the list below may be empty or incomplete). Retrying.</source>
        <translation>无法列出 Helm 的发布存储 (%1): %2
Helm 将每个发布修订版本保存为该发布所在命名空间中的一个 %3；没有在整个集群范围内列出它们的权限，就无法显示发布（下方列表可能为空或不完整）。正在重试。</translation>
    </message>
    <message>
        <source>Secrets of type helm.sh/release.v1</source>
        <translation>类型为 helm.sh/release.v1 的 Secret</translation>
    </message>
    <message>
        <source>ConfigMaps labelled owner=helm</source>
        <translation>带有标签 owner=helm 的 ConfigMap</translation>
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
        <translation>未找到 helm</translation>
    </message>
    <message>
        <source>helm unusable</source>
        <translation>helm 不可用</translation>
    </message>
    <message>
        <source>helm %1</source>
        <translation>helm %1</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source># cannot read this revision: %1</source>
        <translation># 无法读取此修订版本: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1/%2 is stuck in %3.&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;%1/%2 卡在 %3 状态。&lt;/b&gt; %4</translation>
    </message>
    <message>
        <source>helm is needed for changes: %1</source>
        <translation>修改需要 helm: %1</translation>
    </message>
    <message>
        <source>looking for it…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>helm is running: wait for it or cancel it</source>
        <translation>helm 正在运行：请等待其完成或将其取消</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Running helm %1…</source>
        <translation>正在运行 helm %1…</translation>
    </message>
    <message>
        <source>helm %1 finished.</source>
        <translation>helm %1 已完成。</translation>
    </message>
    <message>
        <source>Stopping helm (SIGTERM): it marks the release failed…</source>
        <translation>正在停止 helm（SIGTERM）：发布将被标记为 failed…</translation>
    </message>
    <message>
        <source>Install %1 into %2</source>
        <translation>将 %1 安装到 %2</translation>
    </message>
    <message>
        <source>Upgrade %1 in %2</source>
        <translation>升级 %2 中的 %1</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>修订版本 %1</translation>
    </message>
    <message>
        <source>the previous revision</source>
        <translation>上一个修订版本</translation>
    </message>
    <message>
        <source>Roll back %1?</source>
        <translation>回滚 %1？</translation>
    </message>
    <message>
        <source>Roll back release %1 in %2 to %3? Helm applies that revision&apos;s objects again as a new revision.</source>
        <translation>将 %2 中的发布 %1 回滚到%3？Helm 会将该修订版本的对象作为一个新修订版本再次应用。</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Roll back %1 in %2</source>
        <translation>回滚 %2 中的 %1</translation>
    </message>
    <message>
        <source>Uninstall %1?</source>
        <translation>卸载 %1？</translation>
    </message>
    <message>
        <source>Uninstall release %1 from %2? Its objects are deleted from the cluster.</source>
        <translation>从 %2 卸载发布 %1？其对象将从集群中删除。</translation>
    </message>
    <message>
        <source>Uninstall</source>
        <translation>卸载</translation>
    </message>
    <message>
        <source>Uninstall %1 from %2</source>
        <translation>从 %2 卸载 %1</translation>
    </message>
    <message>
        <source>Keep the history (helm uninstall --keep-history: a rollback stays possible)</source>
        <translation>保留历史（helm uninstall --keep-history：之后仍可回滚）</translation>
    </message>
    <message>
        <source>Recover %1?</source>
        <translation>恢复 %1？</translation>
    </message>
    <message>
        <source>%1

%2 of %3 in %4?</source>
        <translation>%1

%4 中的 %3: %2？</translation>
    </message>
    <message>
        <source>Recover %1: roll back to revision %2</source>
        <translation>恢复 %1: 回滚到修订版本 %2</translation>
    </message>
    <message>
        <source>%1

%2: %3 in %4?</source>
        <translation>%1

%4 中的 %3: %2？</translation>
    </message>
    <message>
        <source>Recover %1: uninstall</source>
        <translation>恢复 %1: 卸载</translation>
    </message>
    <message>
        <source>Filter releases</source>
        <translation>筛选发布</translation>
    </message>
    <message>
        <source>Helm releases</source>
        <translation>Helm 发布</translation>
    </message>
    <message>
        <source>Release history</source>
        <translation>发布历史</translation>
    </message>
    <message>
        <source>Objects of the release</source>
        <translation>发布中的对象</translation>
    </message>
    <message>
        <source>Helm&apos;s release storage is Secrets of type helm.sh/release.v1 (or ConfigMaps labelled owner=helm) in each release&apos;s namespace: releases are shown only where your role may list them.</source>
        <translation>Helm 将发布存储为各发布所在命名空间中类型为 helm.sh/release.v1 的 Secret（或带 owner=helm 标签的 ConfigMap）：只显示您的角色可以列出的发布。</translation>
    </message>
</context>
<context>
    <name>fc::RenderedDiff</name>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>未对比</translation>
    </message>
    <message>
        <source>%1 is not a kind this cluster serves (a CRD the chart expects?)</source>
        <translation>%1 不是此集群提供的类型（Chart 需要的 CRD？）</translation>
    </message>
    <message>
        <source>the server would refuse it: %1</source>
        <translation>服务器会拒绝它：%1</translation>
    </message>
    <message>
        <source>the server would refuse the change: %1</source>
        <translation>服务器会拒绝此更改：%1</translation>
    </message>
    <message>
        <source># %1 new · %2 changed · %3 unchanged · %4 not compared (dry runs: nothing was written)
</source>
        <translation># %1 个新建 · %2 个已更改 · %3 个未更改 · %4 个未对比（试运行：未写入任何内容）
</translation>
    </message>
</context>
<context>
    <name>fc::RenewDialog</name>
    <message>
        <source>Renew certificate</source>
        <translation>续期证书</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Re-&amp;issue under this CA even if another CA issued the certificate</source>
        <translation>即使证书由其他 CA 签发，也在此 CA 下重新签发(&amp;I)</translation>
    </message>
    <message>
        <source>The certificate&apos;s peers must then trust this CA&apos;s root.</source>
        <translation>此后，该证书的对端必须信任此 CA 的根证书。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>新密钥</translation>
    </message>
    <message>
        <source>Same key (from its PEM file)</source>
        <translation>相同密钥（来自其 PEM 文件）</translation>
    </message>
    <message>
        <source>only if the key file is encrypted</source>
        <translation>仅当密钥文件已加密时填写</translation>
    </message>
    <message>
        <source>optional: tls.crt, tls.key, ca.crt</source>
        <translation>可选：tls.crt、tls.key、ca.crt</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>SANs:</source>
        <translation>SAN：</translation>
    </message>
    <message>
        <source>Now valid:</source>
        <translation>当前有效期：</translation>
    </message>
    <message>
        <source>C&amp;A:</source>
        <translation>CA(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>有效期(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>New key &amp;type:</source>
        <translation>新密钥类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>密钥文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Key file pass&amp;phrase:</source>
        <translation>密钥文件口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Save files &amp;to:</source>
        <translation>文件保存到(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Deploy to Secret…</source>
        <translation>部署到 Secret(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>续期(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose a CA (create or import one first).</source>
        <translation>请选择 CA（如尚无 CA，请先创建或导入）。</translation>
    </message>
    <message>
        <source>Key file: %1</source>
        <translation>密钥文件: %1</translation>
    </message>
    <message>
        <source>Unlocking CA &quot;%1&quot;…</source>
        <translation>正在解锁 CA &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Renewing…</source>
        <translation>正在续期…</translation>
    </message>
    <message>
        <source>wrong passphrase for the key file</source>
        <translation>密钥文件的口令错误</translation>
    </message>
    <message>
        <source>the key file is encrypted: enter its passphrase</source>
        <translation>密钥文件已加密：请输入其口令</translation>
    </message>
    <message>
        <source>this key does not belong to the certificate being renewed</source>
        <translation>此密钥不属于要续期的证书</translation>
    </message>
    <message>
        <source>Renewed: serial %1, valid until %2.%3</source>
        <translation>已续期：序列号 %1，有效期至 %2。%3</translation>
    </message>
    <message>
        <source> Files written to %1.</source>
        <translation> 文件已写入 %1。</translation>
    </message>
</context>
<context>
    <name>fc::RenewIntoSecretDialog</name>
    <message>
        <source>Renew into secret %1/%2</source>
        <translation>续期到 Secret %1/%2</translation>
    </message>
    <message>
        <source>Issue a renewed certificate with the same subject and SANs and write it into &lt;b&gt;%1/%2&lt;/b&gt;%3. Only the certificate, key and CA keys of the secret change.</source>
        <translation>签发主题和 SAN 相同的续期证书，并将其写入 &lt;b&gt;%1/%2&lt;/b&gt;%3。Secret 中只有证书、密钥和 CA 条目会更改。</translation>
    </message>
    <message>
        <source> (key %1)</source>
        <translation> (键 %1)</translation>
    </message>
    <message>
        <source>&amp;CA:</source>
        <translation>CA(&amp;C)：</translation>
    </message>
    <message>
        <source>CA &amp;passphrase:</source>
        <translation>CA 口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;New key (recommended)</source>
        <translation>新密钥（推荐）(&amp;N)</translation>
    </message>
    <message>
        <source>Keep the &amp;key stored in the secret</source>
        <translation>保留 Secret 中存储的密钥(&amp;K)</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>私钥：</translation>
    </message>
    <message>
        <source>Same type as the key it replaces</source>
        <translation>与被替换的密钥类型相同</translation>
    </message>
    <message>
        <source>New key &amp;type:</source>
        <translation>新密钥类型(&amp;T)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>有效期(&amp;V)：</translation>
    </message>
    <message>
        <source>Re-&amp;issue under this CA even if another CA issued the certificate
(the party&apos;s peers must then trust this CA&apos;s root)</source>
        <translation>即使证书由其他 CA 签发，也在此 CA 下重新签发(&amp;I)
（该参与方的对等方随后必须信任此 CA 的根证书）</translation>
    </message>
    <message>
        <source>&amp;Prepare renewal</source>
        <translation>准备续期(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Write to secret</source>
        <translation>写入 Secret(&amp;W)</translation>
    </message>
    <message>
        <source>no CA to renew with: create or import one on the Certificates page</source>
        <translation>没有可用于续期的 CA：请在“证书”页面创建或导入一个</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt; (re-issued under another CA)</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt;（在另一个 CA 下重新签发）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Will write&lt;/b&gt; %1 of secret %2/%3 (resourceVersion %4):&lt;br&gt;subject %5&lt;br&gt;SANs %6&lt;br&gt;serial %7 → %8&lt;br&gt;valid until %9 → %10&lt;br&gt;key: %11&lt;br&gt;issuer %12</source>
        <translation>&lt;b&gt;将写入&lt;/b&gt; Secret %2/%3 的 %1 (resourceVersion %4)：&lt;br&gt;主题 %5&lt;br&gt;SAN %6&lt;br&gt;序列号 %7 → %8&lt;br&gt;有效期至 %9 → %10&lt;br&gt;密钥：%11&lt;br&gt;颁发者 %12</translation>
    </message>
    <message>
        <source>new %1 %2</source>
        <translation>新的 %1 %2</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>fc::SecretDeployDialog</name>
    <message>
        <source>Deploy certificate as Secret</source>
        <translation>将证书部署为 Secret</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;issued by %2 · serial %3 · valid until %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;颁发者 %2 · 序列号 %3 · 有效期至 %4</translation>
    </message>
    <message>
        <source>The certificate cannot be read: %1</source>
        <translation>无法读取证书：%1</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>命名空间(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. server-cert</source>
        <translation>例如 server-cert</translation>
    </message>
    <message>
        <source>Secret &amp;name:</source>
        <translation>Secret 名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <comment>framework layout of the secret</comment>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <source>kubernetes.io/tls</source>
        <translation>kubernetes.io/tls</translation>
    </message>
    <message>
        <source>Opaque (generic, custom key names)</source>
        <translation>Opaque（通用，自定义键名）</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>(leave empty: no CA)</source>
        <translation>（留空：不含 CA 证书）</translation>
    </message>
    <message>
        <source>cert</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>Key names:</source>
        <comment>data keys of the secret</comment>
        <translation>键名：</translation>
    </message>
    <message>
        <source>Take over fields that another tool manages (force)</source>
        <translation>接管由其他工具管理的字段 (force)</translation>
    </message>
    <message>
        <source>Manifest to apply (private key redacted):</source>
        <translation>要应用的清单（私钥已隐去）：</translation>
    </message>
    <message>
        <source>&amp;Apply to cluster</source>
        <translation>应用到集群(&amp;A)</translation>
    </message>
    <message>
        <source># nothing to apply: %1</source>
        <translation># 没有可应用的内容：%1</translation>
    </message>
    <message>
        <source>Server dry run: waiting…</source>
        <translation>服务器试运行：等待中…</translation>
    </message>
    <message>
        <source>Server dry run: checking…</source>
        <translation>服务器试运行：检查中…</translation>
    </message>
    <message>
        <source>✔ Server dry run: the API server accepts Secret %1/%2 (%3).</source>
        <translation>✔ 服务器试运行：API 服务器接受 Secret %1/%2 (%3)。</translation>
    </message>
    <message>
        <source>✘ Server dry run failed: %1</source>
        <translation>✘ 服务器试运行失败：%1</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <source>not connected to a cluster</source>
        <translation>未连接到集群</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>fc::SetValues</name>
    <message>
        <source>“%1” is not a key or a list index</source>
        <translation>“%1”既不是键也不是列表索引</translation>
    </message>
    <message>
        <source>an empty key</source>
        <translation>空键</translation>
    </message>
    <message>
        <source>a list index without a key</source>
        <translation>没有键的列表索引</translation>
    </message>
    <message>
        <source>list index %1 is too large</source>
        <translation>列表索引 %1 过大</translation>
    </message>
    <message>
        <source>--set %1: “%2” has no “=”: write key=value</source>
        <translation>--set %1：“%2”中没有“=”：请写成 键=值</translation>
    </message>
    <message>
        <source>--set %1: %2</source>
        <translation>--set %1：%2</translation>
    </message>
</context>
<context>
    <name>fc::Shortcuts</name>
    <message>
        <source>Main window</source>
        <translation>主窗口</translation>
    </message>
    <message>
        <source>Object editor</source>
        <translation>对象编辑器</translation>
    </message>
    <message>
        <source>Log viewer</source>
        <translation>日志查看器</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Open a kubeconfig file</source>
        <translation>打开 kubeconfig 文件</translation>
    </message>
    <message>
        <source>Add a cluster: paste a kubeconfig, or server URL, CA and token</source>
        <translation>添加集群：粘贴 kubeconfig，或填写服务器 URL、CA 证书和令牌</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>列出键盘快捷键</translation>
    </message>
    <message>
        <source>About FedConsole: versions of the app, its libraries and tools</source>
        <translation>关于 FedConsole：应用及其所用库和工具的版本</translation>
    </message>
    <message>
        <source>Stream the logs of the selected pod or workload</source>
        <translation>实时查看所选 Pod 或工作负载的日志</translation>
    </message>
    <message>
        <source>Group the selected object into a federation</source>
        <translation>将所选对象归入联邦</translation>
    </message>
    <message>
        <source>Edit the selected object</source>
        <translation>编辑所选对象</translation>
    </message>
    <message>
        <source>Go to the text filter</source>
        <translation>转到文本过滤器</translation>
    </message>
    <message>
        <source>Go to the label selector</source>
        <translation>转到标签选择器</translation>
    </message>
    <message>
        <source>Back to the resource table</source>
        <translation>返回资源表</translation>
    </message>
    <message>
        <source>Dry run, then apply the changes</source>
        <translation>先试运行，再应用更改</translation>
    </message>
    <message>
        <source>Undo the last change to the document</source>
        <translation>撤销对文档的上一次更改</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Go to the search field</source>
        <translation>转到搜索框</translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation>复制所选行</translation>
    </message>
    <message>
        <source>New certificate authority</source>
        <translation>新建证书颁发机构</translation>
    </message>
    <message>
        <source>Import a certificate authority</source>
        <translation>导入证书颁发机构</translation>
    </message>
    <message>
        <source>Issue a certificate</source>
        <translation>签发证书</translation>
    </message>
    <message>
        <source>Sign a certificate signing request</source>
        <translation>签署证书签名请求</translation>
    </message>
    <message>
        <source>Renew the selected certificate</source>
        <translation>续期所选证书</translation>
    </message>
    <message>
        <source>Export the selected certificate</source>
        <translation>导出所选证书</translation>
    </message>
    <message>
        <source>Deploy the selected certificate to a Secret</source>
        <translation>将所选证书部署到 Secret</translation>
    </message>
    <message>
        <source>Federation wizard: a CA and every party&apos;s kit</source>
        <translation>联邦向导：一个 CA 及每个参与方的证书包</translation>
    </message>
    <message>
        <source>Reload the certificate store</source>
        <translation>重新加载证书存储</translation>
    </message>
</context>
<context>
    <name>fc::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>功能</translation>
    </message>
</context>
<context>
    <name>fc::SignCsrDialog</name>
    <message>
        <source>Sign certificate request</source>
        <translation>签署证书请求</translation>
    </message>
    <message>
        <source>PEM certificate signing request (.csr)</source>
        <translation>PEM 格式的证书签名请求 (.csr)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Server and client</source>
        <translation>服务器和客户端</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>certificate file to write (PEM, with intermediates)</source>
        <translation>要写入的证书文件（PEM，含中间证书）</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>请求(&amp;R)：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>SANs:</source>
        <translation>SAN：</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <source>C&amp;A:</source>
        <translation>CA(&amp;A)：</translation>
    </message>
    <message>
        <source>U&amp;sage:</source>
        <translation>用途(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>有效期(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>写入到(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>签署(&amp;S)</translation>
    </message>
    <message>
        <source>Not a certificate request: %1</source>
        <translation>不是证书请求：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>valid (signed by the key it carries)</source>
        <translation>有效（由其携带的密钥签名）</translation>
    </message>
    <message>
        <source>BAD — %1. It will not be signed.</source>
        <translation>无效 — %1。不会对其签名。</translation>
    </message>
    <message>
        <source>Choose a certificate request first.</source>
        <translation>请先选择证书请求。</translation>
    </message>
    <message>
        <source>The request&apos;s signature does not verify: it was altered or not made with its key. Refused.</source>
        <translation>请求的签名验证失败：请求已被篡改，或并非用其自身密钥创建。已拒绝。</translation>
    </message>
    <message>
        <source>Choose a CA (create or import one first).</source>
        <translation>请选择 CA（如没有，请先创建或导入）。</translation>
    </message>
    <message>
        <source>Choose the file to write the certificate to.</source>
        <translation>请选择要写入证书的文件。</translation>
    </message>
    <message>
        <source>Unlocking CA &quot;%1&quot;…</source>
        <translation>正在解锁 CA &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>正在签署…</translation>
    </message>
</context>
<context>
    <name>fc::WelcomePage</name>
    <message>
        <source>FedConsole icon</source>
        <translation>FedConsole 图标</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Welcome to FedConsole&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;欢迎使用 FedConsole&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>FedConsole shows the clusters of your kubeconfig files. None gave a cluster yet: start the local demo, add a cluster, or open a kubeconfig file.</source>
        <translation>FedConsole 显示您的 kubeconfig 文件中的集群。目前尚未找到任何集群：请启动本地演示、添加集群或打开 kubeconfig 文件。</translation>
    </message>
    <message>
        <source>Start the local demo cluster</source>
        <translation>启动本地演示集群</translation>
    </message>
    <message>
        <source>A Kubernetes control plane on this machine with an NVIDIA FLARE, OpenFL and FATE demo federation. The first start compiles Kubernetes (15–25 minutes).</source>
        <translation>在本机运行的 Kubernetes 控制平面，附带 NVIDIA FLARE、OpenFL 和 FATE 演示联邦。首次启动需要编译 Kubernetes（15–25 分钟）。</translation>
    </message>
    <message>
        <source>Add a cluster…</source>
        <translation>添加集群…</translation>
    </message>
    <message>
        <source>Paste a kubeconfig, or give a server URL, its CA and a token — the token is kept in the desktop keychain, never in a file.</source>
        <translation>粘贴 kubeconfig，或提供服务器 URL、其 CA 证书和令牌——令牌保存在桌面密钥环中，绝不会写入文件。</translation>
    </message>
    <message>
        <source>Open a kubeconfig file…</source>
        <translation>打开 kubeconfig 文件…</translation>
    </message>
    <message>
        <source>A file kubectl could use; it is remembered in Preferences.</source>
        <translation>kubectl 可使用的文件；它会被记录在首选项中。</translation>
    </message>
    <message>
        <source>Demo cluster output</source>
        <translation>演示集群输出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The local demo needs FedConsole&apos;s source tree (scripts/local-cluster.sh and Go): run scripts/run.sh from a checkout. An installed package connects to existing clusters.</source>
        <translation>本地演示需要 FedConsole 的源代码树（scripts/local-cluster.sh 和 Go）：请在检出的源代码中运行 scripts/run.sh。已安装的软件包用于连接现有集群。</translation>
    </message>
    <message>
        <source>— cancelled</source>
        <translation>— 已取消</translation>
    </message>
    <message>
        <source>— the demo cluster did not start (exit %1%2)</source>
        <translation>— 演示集群未能启动 (退出码 %1%2)</translation>
    </message>
    <message>
        <source>— the demo cluster is up</source>
        <translation>— 演示集群已启动</translation>
    </message>
    <message>
        <source>Certificates only</source>
        <translation>仅管理证书</translation>
    </message>
    <message>
        <source>The federation&apos;s CA and every party&apos;s kit need no cluster: create, issue, sign, renew and export them now.</source>
        <translation>联邦的 CA 和每个参与方的证书包无需集群：现在即可创建、签发、签署、续期和导出。</translation>
    </message>
</context>
<context>
    <name>fc::WorkloadEditorWidget</name>
    <message>
        <source>&amp;Container:</source>
        <translation>容器(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation>副本数(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Ports</source>
        <translation>端口(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>环境变量(&amp;E)</translation>
    </message>
    <message>
        <source>Re&amp;sources</source>
        <translation>资源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Node selector</source>
        <translation>节点选择器(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Tolerations</source>
        <translation>容忍度(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;ontainers</source>
        <translation>容器(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>The server refused this value: %1</source>
        <translation>服务器拒绝了此值：%1</translation>
    </message>
    <message>
        <source>%1 in %2 could not be listed, so names are typed and not checked: %3</source>
        <translation>无法列出 %2 中的 %1，因此名称需手动输入且不做检查：%3</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>ConfigMaps</source>
        <translation>ConfigMap</translation>
    </message>
</context>
<context>
    <name>fc::editors::ConfigMapModel</name>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Syntax</source>
        <comment>YAML/JSON check of a ConfigMap value</comment>
        <translation>语法</translation>
    </message>
    <message>
        <source>no ConfigMap is loaded</source>
        <translation>未加载 ConfigMap</translation>
    </message>
    <message>
        <source>The key “%1” %2.</source>
        <translation>键“%1”%2。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>The key “%1” exists already (keys are unique across data and binaryData).</source>
        <translation>键“%1”已存在（键在 data 和 binaryData 之间必须唯一）。</translation>
    </message>
    <message>
        <source>Add key %1</source>
        <translation>添加键 %1</translation>
    </message>
    <message>
        <source>Add binary key %1</source>
        <translation>添加二进制键 %1</translation>
    </message>
    <message>
        <source>There is no key “%1”.</source>
        <translation>不存在键“%1”。</translation>
    </message>
    <message>
        <source>Rename key %1 to %2</source>
        <translation>将键 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Delete key %1</source>
        <translation>删除键 %1</translation>
    </message>
    <message>
        <source>“%1” holds binary data: replace it from a file.</source>
        <translation>“%1”包含二进制数据：请从文件替换。</translation>
    </message>
    <message>
        <source>Edit value of %1</source>
        <translation>编辑 %1 的值</translation>
    </message>
    <message>
        <source>Add key %1 from a file</source>
        <translation>从文件添加键 %1</translation>
    </message>
    <message>
        <source>Replace %1 from a file</source>
        <translation>从文件替换 %1</translation>
    </message>
    <message>
        <source>The key %1.</source>
        <translation>键%1。</translation>
    </message>
    <message>
        <source>The key “%1” is in both data and binaryData: the server refuses that.</source>
        <translation>键“%1”同时存在于 data 和 binaryData 中：服务器会拒绝这种情况。</translation>
    </message>
    <message>
        <source>Keys and values take %1, more than the 1 MiB a ConfigMap may hold.</source>
        <translation>键和值共占用 %1，超过了 ConfigMap 允许的 1 MiB。</translation>
    </message>
</context>
<context>
    <name>fc::editors::ContainerPortsModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Container port</source>
        <translation>容器端口</translation>
    </message>
    <message>
        <source>Host port</source>
        <translation>主机端口</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Not editable that way.</source>
        <translation>无法以这种方式编辑。</translation>
    </message>
    <message>
        <source>“%1” is not a port number.</source>
        <translation>“%1”不是端口号。</translation>
    </message>
    <message>
        <source>There is no container to add a port to.</source>
        <translation>没有可添加端口的容器。</translation>
    </message>
    <message>
        <source>%1 is not a port (1-65535).</source>
        <translation>%1 不是有效端口（1-65535）。</translation>
    </message>
    <message>
        <source>%1 is not a host port (1-65535, or none).</source>
        <translation>%1 不是有效的主机端口（1-65535，或留空）。</translation>
    </message>
    <message>
        <source>“%1” is not a protocol: TCP, UDP or SCTP.</source>
        <translation>“%1”不是有效协议：应为 TCP、UDP 或 SCTP。</translation>
    </message>
    <message>
        <source>The port name %1.</source>
        <translation>端口名称%1。</translation>
    </message>
    <message>
        <source>Open port %1/%2 (host port %3)</source>
        <translation>开放端口 %1/%2（主机端口 %3）</translation>
    </message>
    <message>
        <source>Open port %1/%2</source>
        <translation>开放端口 %1/%2</translation>
    </message>
    <message>
        <source>There is no port %1.</source>
        <translation>不存在端口 %1。</translation>
    </message>
    <message>
        <source>Close port %1/%2</source>
        <translation>关闭端口 %1/%2</translation>
    </message>
    <message>
        <source>Name port %1 %2</source>
        <translation>将端口 %1 命名为 %2</translation>
    </message>
    <message>
        <source>Change container port to %1</source>
        <translation>将容器端口改为 %1</translation>
    </message>
    <message>
        <source>Remove the host port</source>
        <translation>移除主机端口</translation>
    </message>
    <message>
        <source>Set host port %1</source>
        <translation>设置主机端口 %1</translation>
    </message>
    <message>
        <source>Switch port %1 to %2</source>
        <translation>将端口 %1 切换为 %2</translation>
    </message>
</context>
<context>
    <name>fc::editors::ContainersModel</name>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Not editable that way.</source>
        <translation>无法以这种方式编辑。</translation>
    </message>
    <message>
        <source>Not editable.</source>
        <translation>不可编辑。</translation>
    </message>
    <message>
        <source>The container name %1.</source>
        <translation>容器名称%1。</translation>
    </message>
    <message>
        <source>A container is named %1 already.</source>
        <translation>已有名为 %1 的容器。</translation>
    </message>
    <message>
        <source>An image is required.</source>
        <translation>必须指定镜像。</translation>
    </message>
    <message>
        <source>Add container %1</source>
        <translation>添加容器 %1</translation>
    </message>
    <message>
        <source>There is no container %1.</source>
        <translation>没有容器 %1。</translation>
    </message>
    <message>
        <source>A pod needs at least one container.</source>
        <translation>Pod 至少需要一个容器。</translation>
    </message>
    <message>
        <source>Remove container %1</source>
        <translation>移除容器 %1</translation>
    </message>
    <message>
        <source>Rename container %1 to %2</source>
        <translation>将容器 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Set the image of %1 to %2</source>
        <translation>将 %1 的镜像设为 %2</translation>
    </message>
    <message>
        <source>Set the command of %1</source>
        <translation>设置 %1 的命令</translation>
    </message>
    <message>
        <source>Set the arguments of %1</source>
        <translation>设置 %1 的参数</translation>
    </message>
</context>
<context>
    <name>fc::editors::EditableDocument</name>
    <message>
        <source>Rebase onto the server&apos;s changes</source>
        <translation>变基到服务器上的更改</translation>
    </message>
</context>
<context>
    <name>fc::editors::EnvModel</name>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Secret 键</translation>
    </message>
    <message>
        <source>ConfigMap key</source>
        <translation>ConfigMap 键</translation>
    </message>
    <message>
        <source>Pod field</source>
        <translation>Pod 字段</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Value or name</source>
        <comment>a literal value, or the Secret/ConfigMap a variable reads</comment>
        <translation>值或名称</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Not editable that way.</source>
        <translation>无法以这种方式编辑。</translation>
    </message>
    <message>
        <source>Not a source.</source>
        <translation>不是有效的来源。</translation>
    </message>
    <message>
        <source>Not editable.</source>
        <translation>不可编辑。</translation>
    </message>
    <message>
        <source>The variable name %1.</source>
        <translation>变量名%1。</translation>
    </message>
    <message>
        <source>There is no container to set variables in.</source>
        <translation>没有可设置变量的容器。</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>设置 %1</translation>
    </message>
    <message>
        <source>A reference reads a Secret or a ConfigMap.</source>
        <translation>引用读取的是 Secret 或 ConfigMap。</translation>
    </message>
    <message>
        <source>The %1 name %2.</source>
        <translation>%1 名称%2。</translation>
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
        <translation>键%1。</translation>
    </message>
    <message>
        <source>Set %1 from %2 %3</source>
        <translation>从 %2 %3 设置 %1</translation>
    </message>
    <message>
        <source>There is no variable %1.</source>
        <translation>不存在变量 %1。</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>A reference needs a name.</source>
        <translation>引用需要名称。</translation>
    </message>
    <message>
        <source>The name %1.</source>
        <translation>名称%1。</translation>
    </message>
    <message>
        <source>Only Secret and ConfigMap references have a key.</source>
        <translation>只有 Secret 和 ConfigMap 引用才有键。</translation>
    </message>
    <message>
        <source>Read %1 from key %2</source>
        <translation>从键 %2 读取 %1</translation>
    </message>
    <message>
        <source>Read %1 from a %2</source>
        <translation>从 %2 读取 %1</translation>
    </message>
</context>
<context>
    <name>fc::editors::ExposeOperation</name>
    <message>
        <source>An exposure is already being written.</source>
        <translation>已有一个端口暴露配置正在写入。</translation>
    </message>
    <message>
        <source>Reading Service %1/%2…</source>
        <translation>正在读取 Service %1/%2…</translation>
    </message>
    <message>
        <source>Cannot read Service %1/%2: %3</source>
        <translation>无法读取 Service %1/%2: %3</translation>
    </message>
    <message>
        <source>Looking for the ingress controller in namespace %1…</source>
        <translation>正在命名空间 %1 中查找 ingress 控制器…</translation>
    </message>
    <message>
        <source>Cannot read the ingress namespace %1: %2</source>
        <translation>无法读取 ingress 命名空间 %1: %2</translation>
    </message>
    <message>
        <source>No ingress-nginx controller with a TCP map in namespace %1.</source>
        <translation>命名空间 %1 中没有带 TCP 映射的 ingress-nginx 控制器。</translation>
    </message>
    <message>
        <source>The controller&apos;s TCP map %1 is not in namespace %2.</source>
        <translation>控制器的 TCP 映射 %1 不在命名空间 %2 中。</translation>
    </message>
    <message>
        <source>Writing the TCP map %1…</source>
        <translation>正在写入 TCP 映射 %1…</translation>
    </message>
    <message>
        <source>Nothing was changed: writing the TCP map failed: %1</source>
        <translation>未做任何更改：写入 TCP 映射失败: %1</translation>
    </message>
    <message>
        <source>Writing the ports of %1 %2…</source>
        <translation>正在写入 %1 %2 的端口…</translation>
    </message>
    <message>
        <source>Writing the controller failed; putting the TCP map back…</source>
        <translation>写入控制器失败；正在恢复 TCP 映射…</translation>
    </message>
    <message>
        <source>Writing the controller failed, so the TCP map was put back as it was; nothing is changed: %1</source>
        <translation>写入控制器失败，因此 TCP 映射已恢复原状；未做任何更改: %1</translation>
    </message>
    <message>
        <source>Writing the controller failed (%1), and putting the TCP map back failed too (%2): the map forwards ports the controller does not open — remove them by hand or run unexpose.</source>
        <translation>写入控制器失败 (%1)，恢复 TCP 映射也失败了 (%2)：该映射转发了控制器未开放的端口——请手动删除这些端口或运行 unexpose。</translation>
    </message>
    <message>
        <source>%1 %2 was changed by someone else while exposing; nothing of theirs is overwritten: %3</source>
        <translation>在公开期间 %1 %2 被他人更改；不会覆盖他人的任何更改：%3</translation>
    </message>
</context>
<context>
    <name>fc::editors::FateRouteTableModel</name>
    <message>
        <source>no ConfigMap is loaded</source>
        <translation>未加载 ConfigMap</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>%1 has no &quot;route_table&quot; object: it is not a FATE route table.</source>
        <translation>%1 没有 &quot;route_table&quot; 对象：它不是 FATE 路由表。</translation>
    </message>
    <message>
        <source>the party id “%1” is neither a number nor “default”</source>
        <translation>参与方 ID“%1”既不是数字也不是“default”</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>没有主机</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address</source>
        <translation>“%1”不是 IPv4 地址</translation>
    </message>
    <message>
        <source>“%1” is neither a host name nor an IP address</source>
        <translation>“%1”既不是主机名也不是 IP 地址</translation>
    </message>
    <message>
        <source>no service name</source>
        <translation>没有服务名称</translation>
    </message>
    <message>
        <source>no port</source>
        <translation>没有端口</translation>
    </message>
    <message>
        <source>%1 is not a port (1-65535)</source>
        <translation>%1 不是有效端口 (1-65535)</translation>
    </message>
    <message>
        <source>party %1 has no “default” route: rollsite cannot reach it</source>
        <translation>参与方 %1 没有“default”路由：rollsite 无法访问它</translation>
    </message>
    <message>
        <source>the same route as row %1</source>
        <translation>与第 %1 行的路由相同</translation>
    </message>
    <message>
        <source>(polling client)</source>
        <translation>（轮询客户端）</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>参与方</translation>
    </message>
    <message>
        <source>Service</source>
        <comment>a FATE route&apos;s service: default, fateflow</comment>
        <translation>服务</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>“%1” is not a port number.</source>
        <translation>“%1”不是端口号。</translation>
    </message>
    <message>
        <source>Fix %1 in the table first: %2</source>
        <translation>请先修复表中的 %1：%2</translation>
    </message>
    <message>
        <source>There is no row %1.</source>
        <translation>不存在第 %1 行。</translation>
    </message>
    <message>
        <source>Allow all parties by default</source>
        <translation>默认允许所有参与方</translation>
    </message>
    <message>
        <source>Deny parties by default</source>
        <translation>默认拒绝参与方</translation>
    </message>
    <message>
        <source>Not a valid route: %1.</source>
        <translation>无效的路由：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Route party %1 (%2) to %3:%4</source>
        <translation>将参与方 %1 (%2) 路由到 %3:%4</translation>
    </message>
    <message>
        <source>Remove the route of party %1 (%2)</source>
        <translation>移除参与方 %1 (%2) 的路由</translation>
    </message>
    <message>
        <source>Not a party: %1.</source>
        <translation>不是有效的参与方：%1。</translation>
    </message>
    <message>
        <source>Move the route to party %1</source>
        <translation>将路由移至参与方 %1</translation>
    </message>
    <message>
        <source>A route needs a service name (“default”, “fateflow”…).</source>
        <translation>路由需要服务名称（“default”、“fateflow”…）。</translation>
    </message>
    <message>
        <source>Route party %1 as %2</source>
        <translation>将参与方 %1 按服务 %2 路由</translation>
    </message>
    <message>
        <source>Not a host: %1.</source>
        <translation>不是有效的主机：%1。</translation>
    </message>
    <message>
        <source>Route party %1 to host %2</source>
        <translation>将参与方 %1 路由到主机 %2</translation>
    </message>
    <message>
        <source>%1 is not a port (1-65535).</source>
        <translation>%1 不是有效端口 (1-65535)。</translation>
    </message>
    <message>
        <source>Route party %1 to port %2</source>
        <translation>将参与方 %1 路由到端口 %2</translation>
    </message>
</context>
<context>
    <name>fc::editors::IngressTcpMapModel</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>External port</source>
        <translation>外部端口</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Service port</source>
        <translation>Service 端口</translation>
    </message>
    <message>
        <source>PROXY in</source>
        <comment>decode the PROXY protocol from clients</comment>
        <translation>PROXY 入站</translation>
    </message>
    <message>
        <source>PROXY out</source>
        <comment>send the PROXY protocol to the Service</comment>
        <translation>PROXY 出站</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>“%1” is not a port number.</source>
        <translation>“%1”不是端口号。</translation>
    </message>
    <message>
        <source>%1 is not a port (1-65535).</source>
        <translation>%1 不是有效端口（1-65535）。</translation>
    </message>
    <message>
        <source>Port %1 is reserved for %2.</source>
        <translation>端口 %1 已保留给 %2。</translation>
    </message>
    <message>
        <source>Port %1 already forwards to %2.</source>
        <translation>端口 %1 已转发到 %2。</translation>
    </message>
    <message>
        <source>the namespace %1</source>
        <translation>命名空间%1</translation>
    </message>
    <message>
        <source>the Service name %1</source>
        <translation>Service 名称%1</translation>
    </message>
    <message>
        <source>the Service port %1 is not a port (1-65535)</source>
        <translation>Service 端口 %1 不是有效端口（1-65535）</translation>
    </message>
    <message>
        <source>the Service port “%1” is neither a number nor a port name</source>
        <translation>Service 端口“%1”既不是数字也不是端口名称</translation>
    </message>
    <message>
        <source>the PROXY protocol applies to TCP only</source>
        <translation>PROXY 协议仅适用于 TCP</translation>
    </message>
    <message>
        <source>Not a valid target: %1.</source>
        <translation>目标无效: %1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>no ConfigMap is loaded</source>
        <translation>未加载 ConfigMap</translation>
    </message>
    <message>
        <source>Forward port %1 to %2/%3</source>
        <translation>将端口 %1 转发到 %2/%3</translation>
    </message>
    <message>
        <source>There is no row %1.</source>
        <translation>不存在第 %1 行。</translation>
    </message>
    <message>
        <source>Change external port %1 to %2</source>
        <translation>将外部端口 %1 改为 %2</translation>
    </message>
    <message>
        <source>Forward port %1 to %2</source>
        <translation>将端口 %1 转发到 %2</translation>
    </message>
    <message>
        <source>Stop forwarding port %1</source>
        <translation>停止转发端口 %1</translation>
    </message>
</context>
<context>
    <name>fc::editors::NodeSelectorModel</name>
    <message>
        <source>Node label</source>
        <translation>Node 标签</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Not editable that way.</source>
        <translation>无法以这种方式编辑。</translation>
    </message>
    <message>
        <source>The label key %1.</source>
        <translation>标签键: %1。</translation>
    </message>
    <message>
        <source>The label value %1.</source>
        <translation>标签值: %1。</translation>
    </message>
    <message>
        <source>Run only on nodes with %1=%2</source>
        <translation>仅在具有 %1=%2 的 Node 上运行</translation>
    </message>
    <message>
        <source>The node selector has no %1.</source>
        <translation>nodeSelector 中没有 %1。</translation>
    </message>
    <message>
        <source>Stop selecting nodes by %1</source>
        <translation>不再按 %1 选择 Node</translation>
    </message>
    <message>
        <source>The node selector has %1 already.</source>
        <translation>nodeSelector 中已有 %1。</translation>
    </message>
    <message>
        <source>Select nodes by %1 instead of %2</source>
        <translation>按 %1 而不是 %2 选择 Node</translation>
    </message>
</context>
<context>
    <name>fc::editors::ResourcesModel</name>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Not editable that way.</source>
        <translation>无法以这种方式编辑。</translation>
    </message>
    <message>
        <source>Not editable.</source>
        <translation>不可编辑。</translation>
    </message>
    <message>
        <source>There is no container to give resources to.</source>
        <translation>没有可分配资源的容器。</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2。</translation>
    </message>
    <message>
        <source>“%1” %2.</source>
        <translation>“%1”%2。</translation>
    </message>
    <message>
        <source>“%1”: a quantity must be 0 or more.</source>
        <translation>“%1”：数量必须大于或等于 0。</translation>
    </message>
    <message>
        <source>Request no %1</source>
        <translation>不请求 %1</translation>
    </message>
    <message>
        <source>Request %1 %2</source>
        <translation>请求 %1 %2</translation>
    </message>
    <message>
        <source>Limit no %1</source>
        <translation>不限制 %1</translation>
    </message>
    <message>
        <source>Limit %1 to %2</source>
        <translation>将 %1 限制为 %2</translation>
    </message>
    <message>
        <source>Request %1 %2, limit %3</source>
        <translation>请求 %2 %1，限制为 %3</translation>
    </message>
    <message>
        <source>%1 is neither requested nor limited.</source>
        <translation>%1 既未请求也未限制。</translation>
    </message>
    <message>
        <source>Drop %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>%1 is listed already.</source>
        <translation>%1 已在列表中。</translation>
    </message>
    <message>
        <source>Use %1 instead of %2</source>
        <translation>使用 %1 代替 %2</translation>
    </message>
</context>
<context>
    <name>fc::editors::RolloutStatus</name>
    <message>
        <source>%1 has no rollout</source>
        <translation>%1 没有滚动更新</translation>
    </message>
    <message>
        <source>this object</source>
        <translation>此对象</translation>
    </message>
    <message>
        <source>the controller has not seen the change yet</source>
        <translation>控制器尚未感知到此更改</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) still run the old template</source>
        <translation>
            <numerusform>%n 个 Pod 仍在运行旧模板</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old pod(s) still to go</source>
        <translation>
            <numerusform>还有 %n 个旧 Pod 待替换</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) not ready yet</source>
        <translation>
            <numerusform>%n 个 Pod 尚未就绪</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 desired · %2 updated · %3 ready</source>
        <translation>期望 %1 · 已更新 %2 · 就绪 %3</translation>
    </message>
    <message>
        <source> — rolled out</source>
        <translation> — 滚动更新完成</translation>
    </message>
    <message>
        <source>pod %1: %2</source>
        <translation>Pod %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) restarted</source>
        <translation>
            <numerusform>%n 个 Pod 已重启</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::editors::TimeSlicingModel</name>
    <message>
        <source>%1 does not parse: %2</source>
        <translation>%1 无法解析: %2</translation>
    </message>
    <message>
        <source>%1 is not a mapping of settings.</source>
        <translation>%1 不是设置项的映射。</translation>
    </message>
    <message>
        <source>%1 ×%2 per device</source>
        <translation>%1 每个设备 ×%2</translation>
    </message>
    <message>
        <source>no resource name</source>
        <translation>缺少资源名称</translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>“%1” %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>the device plugin shares nvidia.com/gpu and nvidia.com/mig-&lt;g&gt;g.&lt;memory&gt;gb; “%1” matches neither</source>
        <translation>设备插件共享的是 nvidia.com/gpu 和 nvidia.com/mig-&lt;g&gt;g.&lt;memory&gt;gb；“%1” 与两者都不匹配</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 被列出了两次</translation>
    </message>
    <message>
        <source>no replicas: the device plugin refuses the config</source>
        <translation>未设置副本数：设备插件会拒绝该配置</translation>
    </message>
    <message>
        <source>replicas must be a whole number above 0</source>
        <translation>副本数必须是大于 0 的整数</translation>
    </message>
    <message>
        <source>one replica shares nothing</source>
        <translation>只有一个副本时不会共享任何内容</translation>
    </message>
    <message>
        <source>“%1”: the only word the plugin takes is “all”</source>
        <translation>“%1”：插件唯一接受的单词是 “all”</translation>
    </message>
    <message>
        <source>a count of devices must be above 0</source>
        <translation>设备数量必须大于 0</translation>
    </message>
    <message>
        <source>“%1” is neither a GPU/MIG index nor a GPU-/MIG- UUID</source>
        <translation>“%1” 既不是 GPU/MIG 索引，也不是 GPU-/MIG- UUID</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Replicas</source>
        <comment>time-slicing: how many times each GPU is advertised</comment>
        <translation>副本数</translation>
    </message>
    <message>
        <source>Advertise as</source>
        <translation>公布为</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Nodes advertise</source>
        <translation>Node 公布的资源</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1” 不是整数。</translation>
    </message>
    <message>
        <source>no ConfigMap is loaded</source>
        <translation>未加载 ConfigMap</translation>
    </message>
    <message>
        <source>Fix %1 as text first: %2</source>
        <translation>请先以文本方式修正 %1: %2</translation>
    </message>
    <message>
        <source>There is no row %1.</source>
        <translation>不存在第 %1 行。</translation>
    </message>
    <message>
        <source>Advertise shared GPUs as &lt;name&gt;.shared</source>
        <translation>将共享 GPU 公布为 &lt;name&gt;.shared</translation>
    </message>
    <message>
        <source>Advertise shared GPUs under their own name</source>
        <translation>以原名称公布共享 GPU</translation>
    </message>
    <message>
        <source>Refuse requests for more than one shared GPU</source>
        <translation>拒绝申请多个共享 GPU 的请求</translation>
    </message>
    <message>
        <source>Allow requests for several shared GPUs</source>
        <translation>允许申请多个共享 GPU</translation>
    </message>
    <message>
        <source>%1 is shared already.</source>
        <translation>%1 已在共享。</translation>
    </message>
    <message>
        <source>“%1” is not a resource name: %2.</source>
        <translation>“%1” 不是有效的资源名称: %2.</translation>
    </message>
    <message>
        <source>Replicas must be a whole number above 0.</source>
        <translation>副本数必须是大于 0 的整数。</translation>
    </message>
    <message>
        <source>Share %1 %2 ways</source>
        <translation>将 %1 共享为 %2 份</translation>
    </message>
    <message>
        <source>Stop sharing %1</source>
        <translation>停止共享 %1</translation>
    </message>
    <message>
        <source>Share %1 instead</source>
        <translation>改为共享 %1</translation>
    </message>
    <message>
        <source>Advertise %1 as %2</source>
        <translation>将 %1 公布为 %2</translation>
    </message>
    <message>
        <source>the default name</source>
        <translation>默认名称</translation>
    </message>
    <message>
        <source>A count of devices must be above 0.</source>
        <translation>设备数量必须大于 0。</translation>
    </message>
    <message>
        <source>“%1” is neither a GPU/MIG index nor a GPU-/MIG- UUID.</source>
        <translation>“%1” 既不是 GPU/MIG 索引，也不是 GPU-/MIG- UUID。</translation>
    </message>
    <message>
        <source>Share devices %1 of %2</source>
        <translation>共享 %2 的设备 %1</translation>
    </message>
    <message>
        <source>no version: the device plugin reads version v1</source>
        <translation>未指定版本：设备插件读取的是 v1 版本</translation>
    </message>
    <message>
        <source>version “%1”: the device plugin reads v1 only</source>
        <translation>版本 “%1”：设备插件只读取 v1</translation>
    </message>
    <message>
        <source>unknown time-slicing strategy “%1”</source>
        <translation>未知的时间片策略 “%1”</translation>
    </message>
    <message>
        <source>no resources: the device plugin refuses the config</source>
        <translation>未设置资源：设备插件会拒绝该配置</translation>
    </message>
</context>
<context>
    <name>fc::editors::TolerationsModel</name>
    <message>
        <source>Taint key</source>
        <translation>污点键</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运算符</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>Seconds</source>
        <comment>tolerationSeconds: how long a NoExecute taint is tolerated</comment>
        <translation>秒数</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <source>Not editable that way.</source>
        <translation>无法以此方式编辑。</translation>
    </message>
    <message>
        <source>“%1” is not a number of seconds.</source>
        <translation>“%1” 不是有效的秒数。</translation>
    </message>
    <message>
        <source>Change toleration %1</source>
        <translation>更改第 %1 条容忍度</translation>
    </message>
    <message>
        <source>“%1” is not an operator: Equal or Exists.</source>
        <translation>“%1” 不是有效的运算符：应为 Equal 或 Exists。</translation>
    </message>
    <message>
        <source>With Exists there is no value.</source>
        <translation>使用 Exists 时不能设置值。</translation>
    </message>
    <message>
        <source>Without a key the operator must be Exists (tolerate every taint).</source>
        <translation>未指定键时，运算符必须为 Exists（容忍所有污点）。</translation>
    </message>
    <message>
        <source>“%1” is not an effect: NoSchedule, PreferNoSchedule or NoExecute.</source>
        <translation>“%1” 不是有效的效果：应为 NoSchedule、PreferNoSchedule 或 NoExecute。</translation>
    </message>
    <message>
        <source>tolerationSeconds applies to NoExecute only.</source>
        <translation>tolerationSeconds 仅适用于 NoExecute。</translation>
    </message>
    <message>
        <source>Tolerate every taint</source>
        <translation>容忍所有污点</translation>
    </message>
    <message>
        <source>Tolerate %1</source>
        <translation>容忍 %1</translation>
    </message>
    <message>
        <source>There is no toleration %1.</source>
        <translation>不存在容忍度 %1。</translation>
    </message>
    <message>
        <source>Remove toleration %1</source>
        <translation>删除第 %1 条容忍度</translation>
    </message>
</context>
<context>
    <name>fc::editors::YamlTreeModel</name>
    <message>
        <source>null</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>map</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>%1 does not parse: %2</source>
        <translation>%1 无法解析: %2</translation>
    </message>
    <message>
        <source>%1 holds a single value, not a YAML document of keys or items.</source>
        <translation>%1 只包含单个值，而不是由键或条目组成的 YAML 文档。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n 个元素</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>no ConfigMap is loaded</source>
        <translation>未加载 ConfigMap</translation>
    </message>
    <message>
        <source>Fix %1 as text first: %2</source>
        <translation>请先以文本方式修正 %1: %2</translation>
    </message>
    <message>
        <source>Only entries of a map have keys.</source>
        <translation>只有映射中的条目才有键。</translation>
    </message>
    <message>
        <source>A key must not be empty.</source>
        <translation>键不能为空。</translation>
    </message>
    <message>
        <source>“%1” exists already here.</source>
        <translation>此处已存在“%1”。</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Only single values can be set; maps and lists hold entries.</source>
        <translation>只能设置单个值；映射和列表包含的是条目。</translation>
    </message>
    <message>
        <source>“%1” is not %2: the value stays %2.</source>
        <translation>“%1”不是%2类型：该值仍为%2类型。</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>将 %1 设为 %2</translation>
    </message>
    <message>
        <source>Entries with keys go into maps.</source>
        <translation>带键的条目只能放在映射中。</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Nothing is selected.</source>
        <translation>未选择任何内容。</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
</context>
<context>
    <name>fc::pkiui::ExportLayouts</name>
    <message>
        <source>Certificate (PEM)</source>
        <translation>证书 (PEM)</translation>
    </message>
    <message>
        <source>Certificate with chain (PEM)</source>
        <translation>证书及证书链 (PEM)</translation>
    </message>
    <message>
        <source>PEM files: certificate, key, CA</source>
        <translation>PEM 文件：证书、密钥、CA 证书</translation>
    </message>
    <message>
        <source>PKCS#12 (.p12, passphrase)</source>
        <translation>PKCS#12 (.p12, 带口令)</translation>
    </message>
    <message>
        <source>NVIDIA FLARE startup kit — server</source>
        <translation>NVIDIA FLARE 启动套件 — 服务器</translation>
    </message>
    <message>
        <source>NVIDIA FLARE startup kit — client / admin</source>
        <translation>NVIDIA FLARE 启动套件 — 客户端 / 管理员</translation>
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
        <translation>OpenFL Notebook (notebook-cert)</translation>
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
        <translation>此证书的私钥不可用：FedConsole 仅在刚签发后将密钥保存在内存中。请签发或续期该证书，以便连同密钥一起导出。</translation>
    </message>
    <message>
        <source>a PKCS#12 file needs a passphrase</source>
        <translation>PKCS#12 文件需要口令</translation>
    </message>
    <message>
        <source>unknown export format</source>
        <translation>未知的导出格式</translation>
    </message>
</context>
<context>
    <name>fc::pkiui::PathField</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
</TS>
