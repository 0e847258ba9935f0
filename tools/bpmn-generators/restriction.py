import os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
PID='restriction-request'; PNAME='Rajoittamispyyntö / Restriction request'; START_MESSAGE='RestrictionRequestReceived'
DESK_FORM='restriction-request-desk'; REQUEST_TYPE='RESTRICTION'; FIRST='DecideRestriction'
OUT=ROOT+'/processes/restriction-request.bpmn'
DOC='''The restriction request (GDPR Art. 18), from the service-desk start form or the email intake's message
RestrictionRequestReceived, through identity verification and subject matching (shared with the access request). A
handler chooses the ground (18(1)(a)-(d)) and the categories, or refuses with reasons; the registers mark the data
restricted and every use of it stops at a handler's task (process restricted-processing) until it is lifted. The
case is answered with a letter; the restriction itself lives on: "Restriction in force" (follow-up on the day to
look again) until its end condition is met, then the person is told (18(3)) and it is lifted only after the notice
period (liftAt, tietovahti.restriction.notice-before-lifting); a reply in that period goes to a handler, who keeps
the restriction (back to "in force") if the person contests that its ground has ended.
Business key = case number. Variables: legalDeadline, internalTarget, atRiskAt, matchOutcome, restrictionGround,
restrictionApplied, restrictionReviewOn, marksLifted, outcome, onTimeLegal, onTimeTarget.'''
MIDDLE_ELEMENTS='''
el('DecideRestriction','task',1520,Y,'<bpmn:userTask id="DecideRestriction" name="Päätä rajoittamisesta / Decide on the restriction" camunda:formRef="restriction-decide" camunda:formRefBinding="latest" camunda:candidateGroups="privacy-handlers" '+DUE+'><bpmn:documentation>Choose the ground of the restriction (GDPR Art. 18(1)) and the categories, or refuse with reasons.</bpmn:documentation><bpmn:extensionElements><camunda:taskListener delegateExpression="${{offerRestrictionCategories}}" event="create" /><camunda:taskListener delegateExpression="${{offerRequestDetails}}" event="create" /></bpmn:extensionElements>{io}</bpmn:userTask>','sub')
el('ApplyRestriction','task',1660,Y,'<bpmn:serviceTask id="ApplyRestriction" name="Restrict in every register" camunda:delegateExpression="${{applyRestriction}}">{io}</bpmn:serviceTask>','sub')
el('Restricted','gw',1790,Y,'<bpmn:exclusiveGateway id="Restricted" name="Restricted?" default="Flow_refusedRestriction">{io}</bpmn:exclusiveGateway>','sub')
el('SendRestrictionLetter','task',1900,Y,'<bpmn:serviceTask id="SendRestrictionLetter" name="Send the restriction letter" camunda:asyncBefore="true" camunda:asyncAfter="true" camunda:delegateExpression="${{sendRestrictionLetter}}">'+RETRY.format('R5/PT5M')+'{io}</bpmn:serviceTask>','sub')
el('SendRestrictionRefusal','task',1900,420,'<bpmn:serviceTask id="SendRestrictionRefusal" name="Send the refusal" camunda:asyncBefore="true" camunda:asyncAfter="true" camunda:delegateExpression="${{sendRestrictionRefusal}}">'+RETRY.format('R5/PT5M')+'{io}</bpmn:serviceTask>','sub')
el('InForce','gw',3150,300,'<bpmn:exclusiveGateway id="InForce" name="Restriction in force?" default="Flow_nothingInForce">{io}</bpmn:exclusiveGateway>','top')
el('RestrictionInForce','task',3270,300,'<bpmn:userTask id="RestrictionInForce" name="Rajoitus voimassa / Restriction in force" camunda:formRef="restriction-in-force" camunda:formRefBinding="latest" camunda:candidateGroups="privacy-handlers" camunda:followUpDate="${{restrictionReviewOn}}"><bpmn:documentation>The restriction lasts until its ground ends: accuracy verified (a), the person asks for erasure or lifting (b), the claim settled (c), the objection weighed (d). Complete this task when it has, saying how: the person is told, then the restriction is lifted.</bpmn:documentation><bpmn:extensionElements><camunda:taskListener delegateExpression="${{recordEndCondition}}" event="complete" /></bpmn:extensionElements>{io}</bpmn:userTask>','top')
el('NotifyRestrictionLifting','task',3410,300,'<bpmn:serviceTask id="NotifyRestrictionLifting" name="Tell the person first (Art. 18(3))" camunda:delegateExpression="${{notifyRestrictionLifting}}">{io}</bpmn:serviceTask>','top')
el('AwaitLifting','gw',3520,300,'<bpmn:eventBasedGateway id="AwaitLifting" name="Until the day announced">{io}</bpmn:eventBasedGateway>','top')
el('ReplyBeforeLifting','ev',3620,450,'<bpmn:intermediateCatchEvent id="ReplyBeforeLifting" name="The person replied">{io}<bpmn:messageEventDefinition messageRef="RequesterMailReceivedMessage" /></bpmn:intermediateCatchEvent>','top')
el('ReadReplyBeforeLifting','task',3740,450,'<bpmn:userTask id="ReadReplyBeforeLifting" name="Lue vastaus ennen poistamista / Read the reply before lifting" camunda:formRef="restriction-lifting-reply" camunda:formRefBinding="latest" camunda:candidateGroups="privacy-handlers" camunda:dueDate="${{liftAt}}"><bpmn:documentation>The person replied to the notice that the restriction will be lifted. If they contest that its ground has ended, the restriction stays (back to Restriction in force); otherwise it is lifted on the day announced.</bpmn:documentation><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="inboundMailId">${{lastInboundMailId}}</camunda:inputParameter></camunda:inputOutput><camunda:taskListener delegateExpression="${{offerInboundMessage}}" event="create" /></bpmn:extensionElements>{io}</bpmn:userTask>','top')
el('LiftingContested','gw',3880,450,'<bpmn:exclusiveGateway id="LiftingContested" name="Contested?" default="Flow_notContested">{io}</bpmn:exclusiveGateway>','top')
el('LiftingNoticeRuns','ev',3620,300,'<bpmn:intermediateCatchEvent id="LiftingNoticeRuns" name="The person has had time to answer">{io}<bpmn:timerEventDefinition><bpmn:timeDate>${{liftAt}}</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>','top')
el('LiftRestriction','task',3740,300,'<bpmn:serviceTask id="LiftRestriction" name="Lift the restriction" camunda:asyncBefore="true" camunda:delegateExpression="${{liftRestriction}}">'+RETRY.format('R3/PT1M')+'{io}</bpmn:serviceTask>','top')
el('RestrictionLifted','ev',3880,300,'<bpmn:endEvent id="RestrictionLifted" name="Restriction lifted">{io}</bpmn:endEvent>','top')
nodes['RequestAnswered']=('ev',3150,450)
'''
MIDDLE_FLOWS='''
flows[:]=[f for f in flows if f[0]!='Flow_toEnd']
flow('Flow_toInForce','AnswerRequest','InForce',wps=[(3080,300),(3125,300)])
flow('Flow_restrictionLasts','InForce','RestrictionInForce',name='yes',cond='${restrictionApplied == true}')
flow('Flow_nothingInForce','InForce','RequestAnswered',name='no')
flow('Flow_endConditionMet','RestrictionInForce','NotifyRestrictionLifting')
flow('Flow_toAwait','NotifyRestrictionLifting','AwaitLifting')
flow('Flow_toNoticeRuns','AwaitLifting','LiftingNoticeRuns')
flow('Flow_toReply','AwaitLifting','ReplyBeforeLifting',wps=[(3520,325),(3520,450),(3602,450)])
flow('Flow_toReadReply','ReplyBeforeLifting','ReadReplyBeforeLifting')
flow('Flow_toContested','ReadReplyBeforeLifting','LiftingContested')
flow('Flow_contested','LiftingContested','RestrictionInForce',name='contested: stays',cond="${{liftingContested == 'true'}}".replace('{{','{').replace('}}','}'),wps=[(3880,475),(3880,560),(3270,560),(3270,340)])
flow('Flow_notContested','LiftingContested','AwaitLifting',name='lifted on the day',wps=[(3880,425),(3880,380),(3520,380),(3520,325)])
flow('Flow_toLift','LiftingNoticeRuns','LiftRestriction')
flow('Flow_lifted','LiftRestriction','RestrictionLifted')
flow('Flow_toApply','DecideRestriction','ApplyRestriction')
flow('Flow_toRestricted','ApplyRestriction','Restricted')
flow('Flow_restrictedLetter','Restricted','SendRestrictionLetter',name='yes',cond='${restrictionApplied == true}')
flow('Flow_refusedRestriction','Restricted','SendRestrictionRefusal',name='refused',wps=[(1790,325),(1790,420),(1850,420)])
flow('Flow_letterSent','SendRestrictionLetter','CloseCase')
flow('Flow_refusalSentRestriction','SendRestrictionRefusal','CloseCase',wps=[(1950,420),(2840,420),(2840,340)])
'''
exec(open(os.path.join(HERE, 'rights_template.py')).read())
